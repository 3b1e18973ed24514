namespace BriefBot.Slack.SocketMode;

/// <summary>How opening a connection went: a session that said hello, or why not and whether trying again can help.</summary>
internal sealed record OpenAttempt(SocketModeSession? Session, string Reason, bool IsPermanent)
{
    public static OpenAttempt Opened(SocketModeSession session) => new(session, "connected", IsPermanent: false);

    public static OpenAttempt Failed(string reason) => new(null, reason, IsPermanent: false);

    public static OpenAttempt Stopped(string reason) => new(null, reason, IsPermanent: true);
}
