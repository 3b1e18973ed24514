using Polly;
using Polly.Retry;

namespace BriefBot.Core.Transports;

/// <summary>
/// The one retry policy for a call to a platform's REST API (Discord and Slack alike), built on Polly: at most
/// <see cref="MaxAttempts"/> attempts and <see cref="TotalBudget"/> of time in all, counting the waits. Each attempt
/// says itself whether it is worth another and after how long (a 429's <c>Retry-After</c>, a 5xx's backoff), so the
/// platform keeps its own reading of its answers and the policy stays one. A wait that would end past the budget is
/// not started: the call gives up at once with the platform's own error, and whoever owns the work (a digest's
/// sweep, a deferred answer's retry) decides what comes next.
/// </summary>
public sealed class CallRetry
{
    /// <summary>Attempts per call, counting the first; 429s and 5xx share them.</summary>
    public const int MaxAttempts = 5;

    /// <summary>Time one call may take in all, waits included.</summary>
    public static readonly TimeSpan TotalBudget = TimeSpan.FromMinutes(2);

    private static readonly ResiliencePropertyKey<long> Started = new("briefbot.call-started");

    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _pipeline;

    public CallRetry(TimeProvider time)
    {
        _time = time;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = MaxAttempts - 1,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is ICallAttempt { RetryAfter: { } wait } && FitsBudget(args.Context, wait)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is ICallAttempt attempt ? attempt.RetryAfter : null),
                OnRetry = args =>
                {
                    if (args.Outcome.Result is ICallAttempt attempt)
                    {
                        attempt.OnRetry?.Invoke(args.RetryDelay);
                    }

                    return default;
                },
            })
            .Build();
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> until it succeeds, fails for good, or the attempts or the budget run out;
    /// then the last attempt's own failure is thrown.
    /// </summary>
    public async Task<T?> ExecuteAsync<T>(Func<int, CancellationToken, ValueTask<CallAttempt<T>>> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(Started, _time.GetTimestamp());
            var number = 0;
            var last = await _pipeline.ExecuteAsync(ctx => attempt(++number, ctx.CancellationToken), context);
            return last.Outcome();
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private bool FitsBudget(ResilienceContext context, TimeSpan wait) =>
        context.Properties.TryGetValue(Started, out var started) && _time.GetElapsedTime(started) + wait <= TotalBudget;
}

/// <summary>What <see cref="CallAttempt{T}"/> tells the policy, whatever its result type.</summary>
internal interface ICallAttempt
{
    TimeSpan? RetryAfter { get; }

    Action<TimeSpan>? OnRetry { get; }
}

/// <summary>
/// One attempt's outcome: a value, a failure for good, or a failure worth another attempt after
/// <see cref="RetryAfter"/> (with <see cref="OnRetry"/> to log it when the policy does retry).
/// </summary>
public sealed class CallAttempt<T> : ICallAttempt
{
    private readonly T? _value;
    private readonly Func<Exception>? _failure;

    internal CallAttempt(T? value, Func<Exception>? failure, TimeSpan? retryAfter, Action<TimeSpan>? onRetry)
    {
        _value = value;
        _failure = failure;
        RetryAfter = retryAfter;
        OnRetry = onRetry;
    }

    public TimeSpan? RetryAfter { get; }

    public Action<TimeSpan>? OnRetry { get; }

    internal T? Outcome() => _failure is null ? _value : throw _failure();
}

/// <summary>Builds an attempt's outcome for <see cref="CallRetry"/>.</summary>
public static class CallAttempt
{
    public static CallAttempt<T> Succeeded<T>(T? value) => new(value, null, null, null);

    /// <summary>Refused for good: <paramref name="failure"/> is thrown at once.</summary>
    public static CallAttempt<T> Failed<T>(Func<Exception> failure) => new(default, failure, null, null);

    /// <summary>Worth another attempt after <paramref name="wait"/>; <paramref name="failure"/> is thrown if none is left.</summary>
    public static CallAttempt<T> Retry<T>(TimeSpan wait, Func<Exception> failure, Action<TimeSpan>? onRetry = null) => new(default, failure, wait, onRetry);
}
