using BriefBot.Core.State;
using BriefBot.Core.State.Deferred;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Replies;

/// <summary>
/// Records acknowledged answers in bot state and holds their leases for this replica, so that any replica can
/// finish an answer whose owner died. The state failing never costs the answer itself: it is still delivered
/// from memory, only without the safety net, and the failure is logged.
/// </summary>
public sealed partial class DeferredAnswerLeases(IBotState state, ReplicaIdentity replica, IOptions<DeferredAnswerOptions> options, TimeProvider time, ILogger<DeferredAnswerLeases> logger)
{
    private readonly IDeferredAnswerStore _store = state.DeferredAnswers;
    private readonly DeferredAnswerOptions _options = options.Value;

    internal TimeProvider Time => time;

    internal TimeSpan RenewEvery => _options.Lease / 3;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Records a new answer as this replica's; null when the state could not be written.</summary>
    public DeferredAnswerLease? Record(DeferredAnswerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Owner = replica.Id;
        record.LeaseExpiresUtc = Now + _options.Lease;
        return Try(() => _store.Add(record), false, "record") ? new DeferredAnswerLease(this, record) : null;
    }

    /// <summary>The answers left behind that this replica takes over now, for platforms among <paramref name="platforms"/>.</summary>
    internal IReadOnlyList<DeferredAnswerLease> Claim(IReadOnlyCollection<string> platforms)
    {
        var now = Now;
        var claimed = _store.Claim(replica.Id, now, now + _options.Lease, _options.ClaimPerSweep, platforms);
        return [.. claimed.Select(r => new DeferredAnswerLease(this, r))];
    }

    internal IReadOnlyList<DeferredAnswerRecord> DropExpired() => _store.DropExpired(Now);

    /// <summary>True when renewed, false when another replica holds it, null when the state could not be reached (kept).</summary>
    internal bool? Renew(DeferredAnswerRecord record)
    {
        try
        {
            var until = Now + _options.Lease;
            if (!_store.Renew(record.Id, replica.Id, until))
            {
                Log.Lost(logger, record.Platform, record.Command);
                return false;
            }

            record.LeaseExpiresUtc = until;
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.StateFailed(logger, ex, "renew");
            return null;
        }
    }

    internal void Complete(DeferredAnswerRecord record) => Try(() => _store.Complete(record.Id, replica.Id), false, "complete");

    internal void Release(DeferredAnswerRecord record) => Try(() => _store.Renew(record.Id, replica.Id, Now), false, "release");

    private bool Try(Func<bool> change, bool otherwise, string what)
    {
        try
        {
            return change();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.StateFailed(logger, ex, what);
            return otherwise;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1620, EventName = "DeferredAnswerStateFailed", Level = LogLevel.Error, Message = "Could not {Change} a deferred answer in bot state; it is still answered from memory")]
        public static partial void StateFailed(ILogger logger, Exception exception, string change);

        [LoggerMessage(EventId = 1621, EventName = "DeferredAnswerLost", Level = LogLevel.Warning, Message = "Another replica took over the {Platform} answer to /{Command}; this one will not send it")]
        public static partial void Lost(ILogger logger, string platform, string command);
    }
}
