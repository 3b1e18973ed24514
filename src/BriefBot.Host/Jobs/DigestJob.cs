using BriefBot.Core.Digests;
using BriefBot.Core.State;
using Quartz;

namespace BriefBot.Host.Jobs;

/// <summary>
/// Thin Quartz job: wakes the digest runner. With a subscription id it catches up that subscription (its own
/// trigger fired); without one it sweeps them all (start-up, catch-up, retries, subscriptions made since start).
/// The runner decides what is due and never sends an occurrence twice, so extra wake-ups are harmless; it also
/// owns each subscription's delivery, so runs may overlap: a channel that hangs holds up only its own digest.
/// </summary>
internal sealed partial class DigestJob(DigestRunner runner, IBotState state, IHostApplicationLifetime lifetime, ILogger<DigestJob> logger) : IJob
{
    public const string SubscriptionKey = "subscription";

    /// <summary>Deliveries at once in one sweep: enough that one dead channel never holds up the rest.</summary>
    public const int ConcurrentDeliveries = 4;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A digest waiting out a retry must not hold up shutdown: Quartz waits for running jobs to finish.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken, lifetime.ApplicationStopping);
        cancellationToken = stopping.Token;
        var only = context.MergedJobDataMap.GetString(SubscriptionKey);
        var subscriptions = state.AllSubscriptions().Where(s => only is null || s.Id == only);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ConcurrentDeliveries, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(subscriptions, parallel, async (subscription, cancellationToken) =>
        {
            try
            {
                await runner.CatchUpAsync(subscription, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // One subscription's failure never blocks the others; the next sweep tries again.
                Log.Failed(logger, ex, subscription.Id);
            }
        });
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4101, EventName = "DigestJobFailed", Level = LogLevel.Error, Message = "Digest for {SubscriptionId} failed; it will be retried")]
        public static partial void Failed(ILogger logger, Exception exception, string subscriptionId);
    }
}
