namespace BriefBot.Core.State.Replays;

/// <summary>Claims held by this process: enough when it is the only one answering. Bounded in count and age.</summary>
public sealed class InMemoryReplayClaims(TimeProvider time) : IReplayClaims
{
    /// <summary>Bounds memory if a flood arrives: far more requests than one bot answers within a window.</summary>
    public const int Capacity = 20_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expires)> _order = new();

    public bool TryClaim(string key, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            // Windows differ by caller, so an expired key may sit behind a live one; the capacity still bounds both.
            while (_order.Count > 0 && (_order.Count >= Capacity || _order.Peek().Expires <= now))
            {
                var (oldKey, expires) = _order.Dequeue();
                if (_expiries.TryGetValue(oldKey, out var current) && current == expires)
                {
                    _expiries.Remove(oldKey);
                }
            }

            if (_expiries.TryGetValue(key, out var until) && until > now)
            {
                return false;
            }

            _expiries[key] = now + window;
            _order.Enqueue((key, now + window));
            return true;
        }
    }
}
