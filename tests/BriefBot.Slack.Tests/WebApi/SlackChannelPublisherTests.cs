using BriefBot.Core.Replies;
using BriefBot.Slack.WebApi;
using BriefBot.TestKit.Slack;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace BriefBot.Slack.Tests.WebApi;

public sealed class SlackChannelPublisherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IChannelPublisher Publisher(SlackServices slack) => Assert.Single(slack.Provider.GetServices<IChannelPublisher>());

    [Fact]
    public async Task A_digest_is_posted_with_its_id_in_message_metadata_and_can_be_found_again()
    {
        await using var slack = await SlackServices.StartAsync([]);
        var publisher = Publisher(slack);

        var posted = await publisher.PublishAsync(new ChannelMessage("C0DIGEST", Replies.Answer("Weekly digest"), "slack:C0DIGEST@2031-06-02T09:00"), Ct);
        var found = await publisher.FindAsync("C0DIGEST", "slack:C0DIGEST@2031-06-02T09:00", Ct);
        var other = await publisher.FindAsync("C0DIGEST", "slack:C0DIGEST@2031-06-09T09:00", Ct);

        var request = Assert.Single(slack.Slack.Requests, r => r.Path == "/api/chat.postMessage");
        var metadata = request.Json.GetProperty("metadata");
        Assert.Equal(SlackChannelPublisher.EventType, metadata.GetProperty("event_type").GetString());
        Assert.Equal("slack:C0DIGEST@2031-06-02T09:00", metadata.GetProperty("event_payload").GetProperty("digest_id").GetString());
        Assert.Equal(posted.MessageIds, found!.MessageIds);
        Assert.Null(other);
        Assert.Empty(SlackRules.Message(request.Json));
    }

    [Theory]
    [InlineData("channel_not_found", true)]
    [InlineData("is_archived", true)]
    [InlineData("not_in_channel", true)]
    [InlineData("invalid_auth", true)]
    [InlineData("fatal_error", false)]
    public async Task Refusals_that_retrying_cannot_fix_are_permanent(string error, bool permanent)
    {
        await using var slack = await SlackServices.StartAsync([]);
        slack.Slack.Enqueue(FakeSlackResponse.Error(error, "chat.postMessage"));

        var failure = await Assert.ThrowsAsync<PublishException>(() => Publisher(slack).PublishAsync(new ChannelMessage("C0DIGEST", Replies.Answer(), "k"), Ct));

        Assert.Equal(permanent, failure.IsPermanent);
        Assert.Contains(error, failure.Message, StringComparison.Ordinal);
    }
}
