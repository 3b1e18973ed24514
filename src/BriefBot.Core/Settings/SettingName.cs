namespace BriefBot.Core.Settings;

/// <summary>
/// A setting as start-up errors name it, in both spellings a reader may have used:
/// "Shelf:Timeout (Shelf__Timeout)" — the appsettings key and the environment variable.
/// </summary>
public static class SettingName
{
    public static string Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"{key} ({key.Replace(":", "__", StringComparison.Ordinal)})";
    }
}
