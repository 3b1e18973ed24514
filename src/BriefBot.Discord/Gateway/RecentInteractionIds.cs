namespace BriefBot.Discord.Gateway;

/// <summary>
/// Interaction ids seen lately. A resume replays dispatches a shard may already have handled (§5.6), and an
/// interaction answered twice fails with 40060 (§1.9); remembering ids for a token's lifetime makes the second
/// delivery a no-op.
/// </summary>
internal sealed class RecentInteractionIds(TimeProvider time)
{
    /// <summary>Bounds memory if a flood arrives: far more interactions than one bot answers in 15 minutes.</summary>
    public const int Capacity = 10_000;

    /// <summary>An interaction token lives 15 minutes (§1.9); no replay comes later than that.</summary>
    public static readonly TimeSpan Remember = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> _order = new();

    /// <summary>True the first time an id is seen, false for a repeat.</summary>
    public bool TryAdd(string id)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            while (_order.Count > 0 && (_order.Count >= Capacity || _order.Peek().At <= now - Remember))
            {
                _seen.Remove(_order.Dequeue().Id);
            }

            if (!_seen.Add(id))
            {
                return false;
            }

            _order.Enqueue((id, now));
            return true;
        }
    }
}
