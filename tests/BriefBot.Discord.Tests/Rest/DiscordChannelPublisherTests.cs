using BriefBot.Core.Replies;
using BriefBot.Discord.Rest;
using BriefBot.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace BriefBot.Discord.Tests.Rest;

public sealed class DiscordChannelPublisherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Reply Digest = new()
    {
        Kind = ReplyKind.Answer,
        Title = "Digest: 26 May – 2 Jun 2031",
        Summary = "1 new article.",
        Sections = [new ReplySection { Heading = "New on the shelf", Lines = [new ReplyLine(new TextSpan("Harbour shelled @everyone "), new CitationSpan(1))] }],
        Sources = [new ReplySource { Number = 1, ArticleTitle = "Harbour shelled", Paragraph = 1 }],
    };

    private static IChannelPublisher Publisher(DiscordServices discord) => Assert.Single(discord.Provider.GetServices<IChannelPublisher>());

    [Fact]
    public async Task A_digest_is_posted_with_a_nonce_that_discord_enforces_and_cannot_ping()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        const string key = "discord:333333333333333333@2031-06-02T09:00";

        var result = await Publisher(discord).PublishAsync(new ChannelMessage(InteractionPayloads.ChannelId, Digest, key), Ct);

        var request = Assert.Single(discord.Discord.Requests, r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal));
        Assert.Equal(DiscordChannelPublisher.Nonce(key), request.Json.GetProperty("nonce").GetString());
        Assert.InRange(request.Json.GetProperty("nonce").GetString()!.Length, 1, 25);
        Assert.True(request.Json.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal("""{"parse":[]}""", request.Json.GetProperty("allowed_mentions").GetRawText());
        Assert.DoesNotContain("@everyone", request.Body.Replace("@\u200Beveryone", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Single(result.MessageIds);
    }

    [Fact]
    public async Task Sending_the_same_digest_twice_leaves_one_message_and_the_channel_can_tell_it_arrived()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        const string key = "discord:333333333333333333@2031-06-02T09:00";
        var publisher = Publisher(discord);

        var first = await publisher.PublishAsync(new ChannelMessage(InteractionPayloads.ChannelId, Digest, key), Ct);
        var again = await publisher.PublishAsync(new ChannelMessage(InteractionPayloads.ChannelId, Digest, key), Ct);
        var found = await publisher.FindAsync(InteractionPayloads.ChannelId, key, Ct);
        var notSent = await publisher.FindAsync(InteractionPayloads.ChannelId, key + "x", Ct);

        Assert.Equal(first.MessageIds, again.MessageIds);
        Assert.Equal(first.MessageIds, found!.MessageIds);
        Assert.Null(notSent);
    }

    [Theory]
    [InlineData(404, 10003, true)]
    [InlineData(403, 50001, true)]
    [InlineData(403, 50013, true)]
    public async Task A_channel_that_is_gone_or_forbidden_is_a_permanent_refusal(int status, int code, bool permanent)
    {
        await using var discord = await DiscordServices.StartAsync([]);
        discord.Discord.Enqueue(FakeResponse.Error(status, code, "refused", "/messages"));

        var failure = await Assert.ThrowsAsync<PublishException>(() => Publisher(discord).PublishAsync(new ChannelMessage(InteractionPayloads.ChannelId, Digest, "k"), Ct));

        Assert.Equal(permanent, failure.IsPermanent);
    }
}
