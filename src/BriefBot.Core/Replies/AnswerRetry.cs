using Polly;
using Polly.Retry;

namespace BriefBot.Core.Replies;

/// <summary>
/// The one retry policy for posting a deferred answer (a Discord follow-up edit, a Slack response_url post): each
/// attempt is cut off after <see cref="AttemptTimeout"/>, so a hung call is tried again, with exponential backoff on
/// the injected clock, for as long as the answer's own token lives (the caller's cancellation token).
/// </summary>
public sealed class AnswerRetry
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(30);

    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _pipeline;

    /// <param name="time">The clock the backoff and the attempt timeout run on.</param>
    /// <param name="isTransient">Failures worth another attempt; a timed-out attempt always is.</param>
    /// <param name="maxRetries">Retries after the first attempt (Slack's response_url takes five uses in all).</param>
    public AnswerRetry(TimeProvider time, Func<Exception, bool> isTransient, int maxRetries)
    {
        _time = time;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<TimeoutException>().Handle<Exception>(isTransient),
                MaxRetryAttempts = maxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = FirstDelay,
                MaxDelay = LongestDelay,
                UseJitter = false,
            })
            .Build();
    }

    public async Task ExecuteAsync(Func<CancellationToken, Task> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await _pipeline.ExecuteAsync(
            async token =>
            {
                // The attempt's own deadline, on the injected clock (a timer created with its due time, so tests see it).
                using var deadline = new CancellationTokenSource(AttemptTimeout, _time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, deadline.Token);
                try
                {
                    await attempt(linked.Token);
                }
                catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !token.IsCancellationRequested)
                {
                    throw new TimeoutException($"The attempt took longer than {AttemptTimeout.TotalSeconds} s.", ex);
                }
            },
            cancellationToken);
    }
}
