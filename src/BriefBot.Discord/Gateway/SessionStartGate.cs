namespace BriefBot.Discord.Gateway;

/// <summary>
/// Paces Identify across the shards of this process (§5.4, §5.10): never while the daily allowance is used up
/// (running out resets the bot token), and at most once per 5 s in each <c>shard_id % max_concurrency</c> bucket.
/// Resumes do not count and do not pass through here.
/// </summary>
internal sealed class SessionStartGate
{
    public static readonly TimeSpan BucketSpacing = TimeSpan.FromSeconds(5);

    /// <summary>Discord's allowance is per 24 h; after a reset BriefBot assumes the full total until told otherwise.</summary>
    private static readonly TimeSpan AllowancePeriod = TimeSpan.FromHours(24);

    private readonly Lock _gate = new();
    private readonly Dictionary<int, DateTimeOffset> _bucketFreeAt = [];
    private readonly TimeProvider _time;
    private readonly int _total;
    private readonly int _maxConcurrency;
    private int _remaining;
    private DateTimeOffset _resetAt;

    public SessionStartGate(SessionStartLimit limit, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(limit);
        _time = time;
        _total = Math.Max(1, limit.Total);
        _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
        _remaining = Math.Max(0, limit.Remaining);
        _resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
    }

    /// <summary>
    /// Takes the shard's turn to identify and returns zero, or returns how long to wait;
    /// <paramref name="allowanceUsedUp"/> tells a daily-limit wait from an ordinary bucket wait.
    /// </summary>
    public TimeSpan Reserve(int shardId, out bool allowanceUsedUp)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_remaining <= 0 && now >= _resetAt)
            {
                _remaining = _total;
                _resetAt = now + AllowancePeriod;
            }

            allowanceUsedUp = _remaining <= 0;
            if (allowanceUsedUp)
            {
                return _resetAt - now;
            }

            var bucket = shardId % _maxConcurrency;
            if (_bucketFreeAt.TryGetValue(bucket, out var freeAt) && freeAt > now)
            {
                return freeAt - now;
            }

            _remaining--;
            _bucketFreeAt[bucket] = now + BucketSpacing;
            return TimeSpan.Zero;
        }
    }

    /// <summary>Gives back a turn taken for a connection that failed before Identify went out.</summary>
    public void Refund()
    {
        lock (_gate)
        {
            _remaining = Math.Min(_remaining + 1, _total);
        }
    }
}
