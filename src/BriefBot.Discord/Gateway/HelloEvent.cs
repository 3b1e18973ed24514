namespace BriefBot.Discord.Gateway;

/// <summary>The body of op 10 Hello (§5.3).</summary>
internal sealed record HelloEvent
{
    /// <summary>Milliseconds between heartbeats.</summary>
    public int HeartbeatInterval { get; init; }
}
