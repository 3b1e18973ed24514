using BriefBot.Core.State.Deferred;

namespace BriefBot.Core.Replies;

/// <summary>
/// This replica's hold on one recorded answer: kept while the work runs, confirmed just before sending (so an
/// answer another replica has taken over is not sent twice), then completed, or released at shutdown so another
/// replica finishes it without waiting for the lease to run out.
/// </summary>
public sealed class DeferredAnswerLease
{
    private readonly DeferredAnswerLeases _leases;
    private int _lost;

    internal DeferredAnswerLease(DeferredAnswerLeases leases, DeferredAnswerRecord record)
    {
        _leases = leases;
        Record = record;
    }

    public DeferredAnswerRecord Record { get; }

    /// <summary>Another replica holds the answer now: this one must not send it.</summary>
    public bool IsLost => Volatile.Read(ref _lost) == 1;

    /// <summary>Renews the lease every third of it until <paramref name="cancellationToken"/> is cancelled or the lease is lost.</summary>
    public async Task KeepAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_leases.RenewEvery, _leases.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken) && Renew())
            {
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The answer ended; so does the renewal.
        }
    }

    /// <summary>Renews once; false (and lost from then on) when another replica took the answer over.</summary>
    public bool Renew()
    {
        if (IsLost)
        {
            return false;
        }

        if (_leases.Renew(Record) == false)
        {
            Volatile.Write(ref _lost, 1);
            return false;
        }

        return true;
    }

    /// <summary>Sent, or given up: the record goes.</summary>
    public void Complete()
    {
        if (!IsLost)
        {
            _leases.Complete(Record);
        }
    }

    /// <summary>This replica is stopping: the lease ends now, for another replica's next sweep.</summary>
    public void Release()
    {
        if (!IsLost)
        {
            _leases.Release(Record);
        }
    }
}
