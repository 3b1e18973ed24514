using Microsoft.Extensions.Options;

namespace BriefBot.Host;

/// <summary>
/// The Logging settings, checked before any logger exists: an unknown level ("Loud") otherwise crashes the host
/// with a stack trace when the first logger is made, and an unknown console formatter is silently ignored.
/// </summary>
internal static class LoggingSettings
{
    private static readonly string[] Levels = ["Trace", "Debug", "Information", "Warning", "Error", "Critical", "None"];
    private static readonly string[] Formatters = ["simple", "json", "systemd"];

    public static void Check(IConfiguration configuration)
    {
        var failures = new List<string>();
        var logging = configuration.GetSection("Logging");

        // Logging:LogLevel:* and each provider's own Logging:{Provider}:LogLevel:*.
        foreach (var levels in logging.GetChildren().Select(c => c.Key == "LogLevel" ? c : c.GetSection("LogLevel")).Where(s => s.Exists()))
        {
            foreach (var level in levels.GetChildren().Where(l => l.Value is not null && !Levels.Contains(l.Value.Trim(), StringComparer.OrdinalIgnoreCase)))
            {
                failures.Add($"{Named(level.Path)} is “{level.Value}”: use {string.Join(", ", Levels)}.");
            }
        }

        var formatter = logging["Console:FormatterName"];
        if (!string.IsNullOrWhiteSpace(formatter) && !Formatters.Contains(formatter.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{Named("Logging:Console:FormatterName")} is “{formatter}”: use {string.Join(", ", Formatters)}.");
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException("Logging", typeof(IConfiguration), failures);
        }
    }

    private static string Named(string key) => BriefBot.Core.Settings.SettingName.Of(key);
}
