namespace BriefBot.Discord.Gateway;

/// <summary><c>properties</c> of Identify: operating system and library name (§5.4).</summary>
internal sealed record IdentifyProperties(string Os, string Browser, string Device)
{
    public static IdentifyProperties Current { get; } = new(
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "unknown",
        "briefbot",
        "briefbot");
}
