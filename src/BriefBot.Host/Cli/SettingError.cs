using System.Text.RegularExpressions;

namespace BriefBot.Host.Cli;

/// <summary>
/// Turns the configuration binder's "Failed to convert configuration value at 'Knowledge:WatchForChanges' to type
/// 'System.Boolean'" into one line that names the setting, its environment-variable spelling and what it takes.
/// </summary>
internal static partial class SettingError
{
    public static bool TryDescribe(Exception exception, out string line)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is InvalidOperationException && BinderMessage().Match(ex.Message) is { Success: true } match)
            {
                var key = match.Groups["key"].Value;
                var type = match.Groups["type"].Value.Replace("System.", "", StringComparison.Ordinal);
                line = $"the setting {key} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}) must be a {Describe(type)}.";
                return true;
            }
        }

        line = "";
        return false;
    }

    /// <summary>What a type takes, also when nullable ("System.Nullable`1[[System.Int32, …]]").</summary>
    private static string Describe(string type) =>
        type.Contains("Boolean", StringComparison.Ordinal) ? "Boolean: true or false"
        : type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) ? "whole number"
        : type.Contains("TimeSpan", StringComparison.Ordinal) ? "time span like 00:00:02"
        : type.Contains("Uri", StringComparison.Ordinal) ? "URL like https://example.com"
        : type;

    [GeneratedRegex("configuration value (?:'[^']*' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex BinderMessage();
}
