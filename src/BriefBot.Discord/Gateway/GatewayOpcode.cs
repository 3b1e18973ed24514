namespace BriefBot.Discord.Gateway;

/// <summary>Gateway opcodes BriefBot uses (shared/protocols/discord.md §5.2), with their direction.</summary>
internal enum GatewayOpcode
{
    /// <summary>Receive: an event; <c>t</c> names it, <c>s</c> numbers it.</summary>
    Dispatch = 0,

    /// <summary>Send to keep the connection alive; receive: send one now.</summary>
    Heartbeat = 1,

    /// <summary>Send: start a new session.</summary>
    Identify = 2,

    /// <summary>Send: continue a dropped session, replaying what was missed.</summary>
    Resume = 6,

    /// <summary>Receive: close and resume on the resume URL.</summary>
    Reconnect = 7,

    /// <summary>Receive: <c>d</c> says whether the session can be resumed.</summary>
    InvalidSession = 9,

    /// <summary>Receive, first thing on a connection: the heartbeat interval.</summary>
    Hello = 10,

    /// <summary>Receive: the last heartbeat arrived.</summary>
    HeartbeatAck = 11,
}
