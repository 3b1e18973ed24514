using System.Net;
using BriefBot.Core.Replies;
using BriefBot.Host.Tests.Endpoints;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.Slack;
using Xunit;

namespace BriefBot.Host.Tests.Replicas;

/// <summary>
/// One process on the default LiteDB file, stopped while a slow Slack answer is still being worked on (a restart):
/// the next process on the same file answers it again and posts it to the response_url, once.
/// </summary>
public sealed class RestartFollowUpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_slow_answer_left_by_a_stopped_process_is_posted_once_by_the_next_on_the_same_state_file()
    {
        using var shelf = new TestShelf();
        await using var slack = await FakeSlackServer.StartAsync(Ct);
        var signer = new SlackRequestSigner();
        var responseUrl = slack.NewResponseUrl();
        var never = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = ScriptedCommandHandler.Blocked("who", never.Task);
        var before = await SlackHost.StartAsync([slow], shelf: shelf, slack: slack, signer: signer);
        var posting = before.CommandAsync(SlackPayloads.Command("/who", "Hale", responseUrl));
        await slow.Started.WaitAsync(Ct);
        before.Time.Advance(TimeSpan.FromSeconds(2));
        using var ack = await posting;
        await before.DisposeAsync();
        var postedBeforeRestart = slack.PostsTo(responseUrl).Count;

        var after = new ScriptedCommandHandler("who", (request, _) => Task.FromResult(new Reply { Kind = ReplyKind.Answer, Title = "After the restart", Summary = request.Text }));
        await using var next = await SlackHost.StartAsync([after], shelf: shelf, slack: slack, signer: signer);
        await next.Time.AdvanceWhenWaitingAsync(new DeferredAnswerOptions().SweepEvery, Ct);
        var answer = await slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct).WaitAsync(TimeSpan.FromSeconds(60), Ct);

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal(0, postedBeforeRestart);
        Assert.Contains("After the restart", answer.Body, StringComparison.Ordinal);
        Assert.Equal("Hale", Assert.Single(after.Requests).Text);
        Assert.Single(slack.PostsTo(responseUrl));
    }
}
