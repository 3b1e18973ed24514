using BriefBot.Core.Transports;
using BriefBot.TestKit.Time;
using Xunit;

namespace BriefBot.Core.Tests.Transports;

public sealed class CallRetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static InvalidOperationException Failure(int attempt) => new($"failed at attempt {attempt}");

    [Fact]
    public async Task An_attempt_worth_retrying_is_tried_again_after_its_own_wait_and_the_value_returned()
    {
        var time = new ObservableTimeProvider();
        var retry = new CallRetry(time);
        var delays = new List<TimeSpan>();

        var calling = retry.ExecuteAsync<string>(
            (attempt, _) => ValueTask.FromResult(attempt < 3
                ? CallAttempt.Retry<string>(TimeSpan.FromSeconds(attempt * 3), () => Failure(attempt), delays.Add)
                : CallAttempt.Succeeded("answer")),
            Ct);
        await time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(3), Ct);
        await time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(6), Ct);

        Assert.Equal("answer", await calling);
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6)], delays);
    }

    [Fact]
    public async Task After_the_last_attempt_its_own_failure_is_thrown()
    {
        var time = new ObservableTimeProvider();
        var attempts = 0;

        var calling = new CallRetry(time).ExecuteAsync<string>(
            (attempt, _) =>
            {
                attempts = attempt;
                return ValueTask.FromResult(CallAttempt.Retry<string>(TimeSpan.FromSeconds(1), () => Failure(attempt)));
            },
            Ct);
        for (var i = 1; i < CallRetry.MaxAttempts; i++)
        {
            await time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1), Ct);
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => calling);
        Assert.Equal($"failed at attempt {CallRetry.MaxAttempts}", error.Message);
        Assert.Equal(CallRetry.MaxAttempts, attempts);
    }

    [Fact]
    public async Task A_wait_that_would_end_past_the_budget_is_not_started()
    {
        var time = new ObservableTimeProvider();
        var attempts = 0;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new CallRetry(time).ExecuteAsync<string>(
            (attempt, _) =>
            {
                attempts = attempt;
                return ValueTask.FromResult(CallAttempt.Retry<string>(CallRetry.TotalBudget + TimeSpan.FromSeconds(1), () => Failure(attempt)));
            },
            Ct));

        Assert.Equal(1, attempts);
        Assert.Equal("failed at attempt 1", error.Message);
    }

    [Fact]
    public async Task Time_spent_in_attempts_and_waits_counts_against_the_budget()
    {
        var time = new ObservableTimeProvider();
        var wait = CallRetry.TotalBudget / 3;
        var attempts = 0;

        var calling = new CallRetry(time).ExecuteAsync<string>(
            (attempt, _) =>
            {
                attempts = attempt;
                // Each attempt itself takes a tenth of the budget, as a slow server would.
                time.Advance(CallRetry.TotalBudget / 10);
                return ValueTask.FromResult(CallAttempt.Retry<string>(wait, () => Failure(attempt)));
            },
            Ct);
        await time.AdvanceWhenWaitingAsync(wait, Ct);
        await time.AdvanceWhenWaitingAsync(wait, Ct);

        // 0.1 + 1/3 + 0.1 + 1/3 + 0.1 of the budget is spent when the third attempt fails: one more wait would overrun it.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => calling);
        Assert.Equal(3, attempts);
        Assert.Equal("failed at attempt 3", error.Message);
    }

    [Fact]
    public async Task A_failure_for_good_is_thrown_at_once_and_an_exception_is_not_retried()
    {
        var time = new ObservableTimeProvider();
        var retry = new CallRetry(time);
        var attempts = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => retry.ExecuteAsync<string>(
            (attempt, _) =>
            {
                attempts++;
                return ValueTask.FromResult(CallAttempt.Failed<string>(() => Failure(attempt)));
            },
            Ct));
        await Assert.ThrowsAsync<HttpRequestException>(() => retry.ExecuteAsync<string>(
            (_, _) =>
            {
                attempts++;
                throw new HttpRequestException("connection refused");
            },
            Ct));

        Assert.Equal(2, attempts);
    }
}
