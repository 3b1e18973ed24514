using System.Collections.Concurrent;

namespace BriefBot.Core.Replies;

/// <summary>
/// Finishes acknowledged requests, for any platform: waits for the reply (an apology when the work fails), then
/// hands it to the platform's send (a Discord edit of @original, a Slack response_url post). Work outlives the
/// request but not the answer's token or URL nor the host. The platform half renders, sends and logs.
/// </summary>
public sealed class DeferredAnswers(TimeSpan answerLifetime) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _pending = new();

    /// <summary>Deliveries still running; tests and shutdown can wait for them.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>A token for work that may finish after the response: cancelled when the answer expires or the host stops.</summary>
    public CancellationTokenSource Lifetime()
    {
        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        lifetime.CancelAfter(answerLifetime);
        return lifetime;
    }

    /// <summary>Sends the reply of <paramref name="work"/> when it is ready; owns and disposes <paramref name="lifetime"/>.</summary>
    public void Deliver(Task<Reply> work, CancellationTokenSource lifetime, Func<Reply, CancellationToken, Task> send, IDeferredAnswerLog log)
    {
        var delivery = DeliverAsync(work, lifetime, send, log);
        _pending.TryAdd(delivery, 0);
        _ = delivery.ContinueWith(t => _pending.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static async Task DeliverAsync(Task<Reply> work, CancellationTokenSource lifetime, Func<Reply, CancellationToken, Task> send, IDeferredAnswerLog log)
    {
        using var _ = lifetime;
        Reply reply;
        try
        {
            reply = await work;
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            log.Abandoned();
            return;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.Failed(ex);
            reply = Reply.Error("I could not answer that just now. Please try again in a moment.");
        }

        try
        {
            await send(reply, lifetime.Token);
            log.Delivered();
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            log.Abandoned();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Every deferred answer ends sent or in this line: nothing above this task would see the error.
            log.Failed(ex);
        }
    }

    public void Dispose()
    {
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
        }
    }
}
