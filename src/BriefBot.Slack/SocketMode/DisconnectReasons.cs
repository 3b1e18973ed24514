namespace BriefBot.Slack.SocketMode;

/// <summary>The <c>reason</c> of a <c>disconnect</c> message (shared/protocols/slack.md §5.5) and what each asks of a client.</summary>
internal static class DisconnectReasons
{
    /// <summary>The connection will be refreshed soon: open a new one, then drop this one.</summary>
    public const string Warning = "warning";

    /// <summary>Slack is recycling the connection: open a new one now, then drop this one.</summary>
    public const string RefreshRequested = "refresh_requested";

    /// <summary>Socket Mode was turned off in the app settings: reconnecting cannot help.</summary>
    public const string LinkDisabled = "link_disabled";

    /// <summary>More than 10 connections for the app: back off.</summary>
    public const string TooManyWebsockets = "too_many_websockets";

    public static bool AsksForRefresh(string reason) => reason is Warning or RefreshRequested;
}
