using BriefBot.Core.State.Shards;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// Paces Identify (§5.4, §5.10): never while the daily allowance is used up (running out resets the bot token),
/// and at most once per 5 s in each <c>shard_id % max_concurrency</c> bucket. The bucket turns are
/// <see cref="IStartSlots"/>: this process's, or PostgreSQL's when replicas share the shards, so the limit holds
/// across them. Resumes do not count and do not pass through here.
/// </summary>
internal sealed class SessionStartGate
{
    public static readonly TimeSpan BucketSpacing = TimeSpan.FromSeconds(5);

    /// <summary>Discord's allowance is per 24 h; after a reset BriefBot assumes the full total until told otherwise.</summary>
    private static readonly TimeSpan AllowancePeriod = TimeSpan.FromHours(24);

    private readonly Lock _gate = new();
    private readonly IStartSlots _slots;
    private readonly TimeProvider _time;
    private readonly int _total;
    private readonly int _maxConcurrency;
    private int _remaining;
    private DateTimeOffset _resetAt;

    public SessionStartGate(SessionStartLimit limit, IStartSlots slots, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(limit);
        _slots = slots;
        _time = time;
        _total = Math.Max(1, limit.Total);
        _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
        _remaining = Math.Max(0, limit.Remaining);
        _resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
    }

    /// <summary>
    /// Takes the shard's turn to identify and returns zero, or returns how long to wait, and whether the wait
    /// is for the daily allowance rather than an ordinary bucket turn.
    /// </summary>
    public async Task<(TimeSpan Wait, bool AllowanceUsedUp)> ReserveAsync(int shardId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_remaining <= 0 && now >= _resetAt)
            {
                _remaining = _total;
                _resetAt = now + AllowancePeriod;
            }

            if (_remaining <= 0)
            {
                return (_resetAt - now, true);
            }

            // Held while the bucket turn is asked for, and given back if there is none.
            _remaining--;
        }

        var taken = false;
        try
        {
            var wait = await _slots.TryTakeAsync(BucketKey(shardId), BucketSpacing, cancellationToken);
            taken = wait == TimeSpan.Zero;
            return (wait, false);
        }
        finally
        {
            // No turn (a wait, a failed database call, shutdown): the session start was not used.
            if (!taken)
            {
                Refund();
            }
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

    /// <summary>Replicas with the same max_concurrency share a bucket's key (§5.10).</summary>
    private string BucketKey(int shardId) => $"discord-identify:{shardId % _maxConcurrency}/{_maxConcurrency}";
}
