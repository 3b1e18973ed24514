namespace BriefBot.Core.Commands;

/// <summary>Which surface a command came from. Commands never branch on it; it is kept for logs and state.</summary>
public enum Platform
{
    Cli,
    Discord,
    Slack,
}
