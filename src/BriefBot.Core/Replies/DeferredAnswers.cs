using System.Collections.Concurrent;

namespace BriefBot.Core.Replies;

/// <summary>
/// Finishes acknowledged requests, for any platform: waits for the reply (an apology when the work fails), then
/// hands it to the platform's send (a Discord edit of @original, a Slack response_url post). Work outlives the
/// request but not the answer's token or URL nor the host. With a <see cref="DeferredAnswerLease"/> the answer is
/// also in bot state: the lease is renewed while the work runs, the record deleted once sent or given up, and
/// released at shutdown, so another replica's <see cref="DeferredAnswerSweeper"/> finishes what this one could not.
/// The platform half renders, sends and logs.
/// </summary>
public sealed class DeferredAnswers(TimeSpan answerLifetime) : IDisposable
{
    /// <summary>How long shutdown waits for deliveries to note their leases released, before the state closes.</summary>
    private static readonly TimeSpan ReleaseWithin = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _pending = new();

    /// <summary>Deliveries still running; tests and shutdown can wait for them.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>A token for work that may finish after the response: cancelled when the answer expires or the host stops.</summary>
    public CancellationTokenSource Lifetime() => Lifetime(answerLifetime);

    /// <summary>The same for an answer taken over from another replica, with what is left of its token's life.</summary>
    public CancellationTokenSource Lifetime(TimeSpan left)
    {
        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        lifetime.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        return lifetime;
    }

    /// <summary>Sends the reply of <paramref name="work"/> when it is ready; owns and disposes <paramref name="lifetime"/>.</summary>
    public void Deliver(Task<Reply> work, CancellationTokenSource lifetime, Func<Reply, CancellationToken, Task> send, IDeferredAnswerLog log, DeferredAnswerLease? lease = null)
    {
        var delivery = DeliverAsync(work, lifetime, send, log, lease);
        _pending.TryAdd(delivery, 0);
        _ = delivery.ContinueWith(t => _pending.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task DeliverAsync(Task<Reply> work, CancellationTokenSource lifetime, Func<Reply, CancellationToken, Task> send, IDeferredAnswerLog log, DeferredAnswerLease? lease)
    {
        using var _ = lifetime;
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
        var keeping = lease?.KeepAsync(renewal.Token) ?? Task.CompletedTask;
        Ending ending;
        try
        {
            ending = await AnswerAsync(work, lifetime, send, log, lease);
        }
        finally
        {
            await renewal.CancelAsync();
            await keeping;
        }

        switch (ending)
        {
            case Ending.Done:
                lease?.Complete();
                break;
            case Ending.Abandoned when _stopping.IsCancellationRequested:
                lease?.Release();
                break;
            case Ending.Abandoned:
                lease?.Complete();
                break;
        }
    }

    private static async Task<Ending> AnswerAsync(Task<Reply> work, CancellationTokenSource lifetime, Func<Reply, CancellationToken, Task> send, IDeferredAnswerLog log, DeferredAnswerLease? lease)
    {
        Reply reply;
        try
        {
            reply = await work;
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            log.Abandoned();
            return Ending.Abandoned;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.Failed(ex);
            reply = Reply.Error("I could not answer that just now. Please try again in a moment.");
        }

        // Claim then send: an owner that lost its lease (a long pause) leaves the answer to the replica that took it.
        if (lease is not null && !lease.Renew())
        {
            return Ending.HandedOver;
        }

        try
        {
            await send(reply, lifetime.Token);
            log.Delivered();
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            log.Abandoned();
            return Ending.Abandoned;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Every deferred answer ends sent or in this line: nothing above this task would see the error.
            log.Failed(ex);
        }

        return Ending.Done;
    }

    public void Dispose()
    {
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();

            // Cancelled deliveries release their leases on their way out; the state they write to closes after this.
            Task.WaitAll([.. _pending.Keys], ReleaseWithin);
        }
    }

    private enum Ending
    {
        /// <summary>Sent, or failed for good (the apology or the send): nothing more to do.</summary>
        Done,

        /// <summary>The token expired or the host is stopping.</summary>
        Abandoned,

        /// <summary>Another replica took the answer over.</summary>
        HandedOver,
    }
}
