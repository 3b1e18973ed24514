using BriefBot.Core.Replies;
using Xunit;

namespace BriefBot.Core.Tests.Replies;

public sealed class DeferredAnswersTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_finished_reply_is_sent_and_said_delivered_once()
    {
        using var answers = new DeferredAnswers(TimeSpan.FromMinutes(14));
        var log = new RecordingLog();
        var sent = new TaskCompletionSource<Reply>();

        answers.Deliver(Task.FromResult(new Reply { Kind = ReplyKind.Answer, Title = "fine" }), answers.Lifetime(), (reply, _) => { sent.SetResult(reply); return Task.CompletedTask; }, log);

        Assert.Equal("fine", (await sent.Task.WaitAsync(Patience, Ct)).Title);
        await log.Ended.Task.WaitAsync(Patience, Ct);
        Assert.Equal(["delivered"], log.Outcomes);
    }

    [Fact]
    public async Task Work_that_fails_is_answered_with_an_apology_and_the_failure_logged()
    {
        using var answers = new DeferredAnswers(TimeSpan.FromMinutes(14));
        var log = new RecordingLog();
        var sent = new TaskCompletionSource<Reply>();

        answers.Deliver(Task.FromException<Reply>(new InvalidOperationException("broken")), answers.Lifetime(), (reply, _) => { sent.SetResult(reply); return Task.CompletedTask; }, log);

        Assert.Equal(ReplyKind.Error, (await sent.Task.WaitAsync(Patience, Ct)).Kind);
        await log.Ended.Task.WaitAsync(Patience, Ct);
        Assert.Equal(["failed:broken", "delivered"], log.Outcomes);
    }

    [Fact]
    public async Task Work_still_running_when_the_host_stops_is_abandoned_and_nothing_sent()
    {
        var answers = new DeferredAnswers(TimeSpan.FromMinutes(14));
        var log = new RecordingLog();
        var lifetime = answers.Lifetime();
        var work = new TaskCompletionSource<Reply>();
        using var cancels = lifetime.Token.Register(() => work.TrySetCanceled(lifetime.Token));
        var sends = 0;

        answers.Deliver(work.Task, lifetime, (_, _) => { sends++; return Task.CompletedTask; }, log);
        Assert.Equal(1, answers.PendingCount);
        answers.Dispose();

        await log.Ended.Task.WaitAsync(Patience, Ct);
        Assert.Equal(["abandoned"], log.Outcomes);
        Assert.Equal(0, sends);
    }

    private sealed class RecordingLog : IDeferredAnswerLog
    {
        public List<string> Outcomes { get; } = [];

        public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Delivered()
        {
            Outcomes.Add("delivered");
            Ended.TrySetResult();
        }

        public void Failed(Exception exception) => Outcomes.Add("failed:" + exception.Message);

        public void Abandoned()
        {
            Outcomes.Add("abandoned");
            Ended.TrySetResult();
        }
    }
}
