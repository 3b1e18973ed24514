using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using BriefBot.Core.State;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace BriefBot.Slack.Tests.Faults;

public sealed class DigestRetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public Task A_digest_post_that_arrived_before_the_connection_dropped_is_found_in_the_channel_not_posted_again() =>
        OnePostDespite(FakeSlackResponse.DropAfterHandling("chat.postMessage"));

    [Fact]
    public Task A_digest_post_answered_with_a_5xx_after_it_landed_is_not_retried_blindly_but_found_in_the_channel() =>
        OnePostDespite(FakeSlackResponse.ServerErrorAfterHandling(503, "chat.postMessage"));

    private static async Task OnePostDespite(FakeSlackResponse fault)
    {
        await using var slack = await SlackServices.StartAsync([]);
        using var shelf = new TestShelf().WithGazetteer("- name: Sylvania\n  kind: state\n")
            .WithArticle("harbour", "Harbour shelled", "2031-05-29", "Sylvania shelled the harbour on May 28, 2031.");
        await shelf.BuildAsync(Ct);
        using var state = LiteDbBotState.InMemory();
        var publisher = slack.Provider.GetRequiredService<IChannelPublisher>();
        var runner = new DigestRunner(shelf.Store, state, [publisher], slack.Time, NullLogger<DigestRunner>.Instance);
        var subscription = new Subscription { Id = Subscription.IdFor("slack", "C0DIGEST"), Platform = "slack", Channel = "C0DIGEST", Schedule = "monday 09:00 UTC", CreatedUtc = slack.Time.GetUtcNow().UtcDateTime };
        state.SaveSubscription(subscription);
        slack.Slack.Enqueue(fault);

        var asked = await runner.SendNowAsync(subscription, Ct);
        var swept = await runner.CatchUpAsync(subscription, Ct);

        Assert.Equal(DigestOutcome.WillRetry, asked);
        Assert.Single(slack.Slack.ChannelMessages("C0DIGEST"));
        Assert.Equal(1, slack.Slack.Requests.Count(r => r.Path.EndsWith("chat.postMessage", StringComparison.Ordinal)));
        Assert.Contains(slack.Slack.Requests, r => r.Path.EndsWith("conversations.history", StringComparison.Ordinal));
        Assert.Equal(DigestOutcome.Recovered, swept);
    }
}
