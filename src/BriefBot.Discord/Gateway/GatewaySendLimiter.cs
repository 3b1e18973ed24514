namespace BriefBot.Discord.Gateway;

/// <summary>
/// Discord disconnects a connection that sends more than 120 events in 60 s (§5.1). Heartbeats may use the whole
/// allowance; everything else stops <see cref="HeartbeatHeadroom"/> short, so a heartbeat never has to wait.
/// </summary>
internal sealed class GatewaySendLimiter
{
    public const int Limit = 120;

    /// <summary>A 60 s window holds at most two heartbeats at Discord's ~41 s interval, plus answers to op 1; ten is ample.</summary>
    public const int HeartbeatHeadroom = 10;

    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _sent = new();

    /// <summary>Takes a slot and returns zero, or returns how long to wait before asking again.</summary>
    public TimeSpan Reserve(DateTimeOffset now, bool isHeartbeat)
    {
        lock (_gate)
        {
            while (_sent.Count > 0 && _sent.Peek() <= now - Window)
            {
                _sent.Dequeue();
            }

            var allowed = isHeartbeat ? Limit : Limit - HeartbeatHeadroom;
            if (_sent.Count < allowed)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            // Enough of the oldest sends must leave the window to bring the count under the allowance.
            return _sent.ElementAt(_sent.Count - allowed) + Window - now;
        }
    }
}
