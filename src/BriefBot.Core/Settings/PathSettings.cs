namespace BriefBot.Core.Settings;

/// <summary>
/// Checks of path settings at start: a folder setting that names a file, or a file setting that names a folder,
/// would otherwise fail deep inside LiteDB or the file watcher with a stack trace.
/// </summary>
public static class PathSettings
{
    public static void Folder(string key, string? value, string example, ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{SettingName.Of(key)} is empty: give a folder, for example {example}.");
        }
        else if (System.IO.File.Exists(value))
        {
            failures.Add($"{SettingName.Of(key)} is “{value}”, which is a file: give a folder, for example {example}.");
        }
    }

    public static void File(string key, string? value, string example, ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{SettingName.Of(key)} is empty: give a file path, for example {example}.");
        }
        else if (Directory.Exists(value))
        {
            failures.Add($"{SettingName.Of(key)} is “{value}”, which is a folder: give a file path, for example {example}.");
        }
    }
}
