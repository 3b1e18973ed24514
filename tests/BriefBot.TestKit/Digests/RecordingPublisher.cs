using System.Collections.Concurrent;
using BriefBot.Core.Replies;

namespace BriefBot.TestKit.Digests;

/// <summary>
/// A channel that records what reaches it and can be scripted to fail: each queued failure is thrown by one
/// publish attempt, in order. Remembers keys, so it can answer "was this already sent?" like a real channel.
/// </summary>
public sealed class RecordingPublisher(string platform = "outbox") : IChannelPublisher
{
    private readonly ConcurrentQueue<Exception> _failures = new();

    public string Platform => platform;

    public ConcurrentQueue<ChannelMessage> Delivered { get; } = new();

    /// <summary>Whether <see cref="FindAsync"/> may report earlier deliveries (a platform that can tell).</summary>
    public bool CanFind { get; init; } = true;

    /// <summary>Delivers, then throws this: a crash after the message left but before it was recorded.</summary>
    public Exception? CrashAfterDelivery { get; set; }

    /// <summary>While set, every publish says it has started and then waits for this: a channel that hangs.</summary>
    public TaskCompletionSource? Hold { get; set; }

    /// <summary>Completed when a held publish has started.</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RecordingPublisher FailWith(Exception failure)
    {
        _failures.Enqueue(failure);
        return this;
    }

    public async Task<PublishResult> PublishAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Hold is { } hold)
        {
            Entered.TrySetResult();
            await hold.Task.WaitAsync(cancellationToken);
        }

        if (_failures.TryDequeue(out var failure))
        {
            throw failure;
        }

        Delivered.Enqueue(message);
        if (CrashAfterDelivery is { } crash)
        {
            CrashAfterDelivery = null;
            throw crash;
        }

        return new PublishResult([$"msg-{Delivered.Count}"]);
    }

    public Task<PublishResult?> FindAsync(string channel, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(CanFind && Delivered.Any(m => m.IdempotencyKey == idempotencyKey && m.Channel == channel) ? new PublishResult(["found"]) : null);
}
