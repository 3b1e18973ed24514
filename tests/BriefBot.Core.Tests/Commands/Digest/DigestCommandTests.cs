using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Digest;
using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using BriefBot.Core.Tests.Digests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Digest;

public sealed class DigestCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(DigestFixture Fixture, CommandDispatcher Dispatcher, BriefBot.TestKit.Digests.RecordingPublisher Discord)> SetUpAsync()
    {
        var f = new DigestFixture();
        await f.Shelf.BuildAsync(Ct);
        var discord = new BriefBot.TestKit.Digests.RecordingPublisher("discord");
        var runner = new DigestRunner(f.Shelf.Store, f.State, [discord], f.Time, NullLogger<DigestRunner>.Instance);
        var command = new DigestCommand(f.State, runner, f.Shelf.Store, [discord], Options.Create(new DigestOptions()), f.Time);
        return (f, new CommandDispatcher([command], NullLogger<CommandDispatcher>.Instance), discord);
    }

    private static CommandRequest FromDiscord(string text, bool canManage = true) => new()
    {
        Command = "digest",
        Text = text,
        Platform = Platform.Discord,
        ChannelId = "123",
        CanManageChannel = canManage,
    };

    [Fact]
    public async Task The_actor_filtered_example_names_actors_of_the_shelf()
    {
        var (f, dispatcher, _) = await SetUpAsync();
        using var _f = f;
        var top = BriefBot.Core.Commands.ShelfExamples.TopActorNames(f.Shelf.Store, 2);

        var reply = await dispatcher.DispatchAsync(FromDiscord("what"), Ct);
        var example = reply.Sections.Single(s => s.Heading == "Try").Lines.Select(l => l.PlainText).Single(l => l.StartsWith("/digest subscribe daily", StringComparison.Ordinal));

        Assert.Equal(2, top.Count);
        Assert.EndsWith(string.Join(", ", top), example, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribing_saves_the_schedule_and_actors_and_says_when_the_next_digest_comes()
    {
        var (f, dispatcher, _) = await SetUpAsync();
        using var _f = f;

        var reply = await dispatcher.DispatchAsync(FromDiscord("subscribe monday 09:00 Europe/Berlin Sylvania, Freedonia"), Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains("Mon 2 Jun 2031 09:00 Europe/Berlin", reply.Summary, StringComparison.Ordinal);
        var saved = f.State.GetSubscription("discord:123")!;
        Assert.Equal(("monday 09:00 Europe/Berlin", "sylvania,freedonia"), (saved.Schedule, string.Join(",", saved.ActorIds)));
    }

    [Theory]
    [InlineData("subscribe monday 25:00 Europe/Berlin", "25:00")]
    [InlineData("subscribe monday 09:00 Mars/Olympus", "Mars/Olympus")]
    [InlineData("subscribe cron 0 0 0 30 2 ? UTC", "never fires")]
    [InlineData("subscribe monday 09:00 UTC Atlantis", "Atlantis")]
    public async Task Bad_input_is_named_and_nothing_is_saved(string text, string named)
    {
        var (f, dispatcher, _) = await SetUpAsync();
        using var _f = f;

        var reply = await dispatcher.DispatchAsync(FromDiscord(text), Ct);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Contains(named, reply.Summary, StringComparison.Ordinal);
        Assert.Null(f.State.GetSubscription("discord:123"));
    }

    [Theory]
    [InlineData("subscribe monday 09:00 UTC")]
    [InlineData("unsubscribe")]
    [InlineData("send")]
    public async Task Only_people_who_manage_the_channel_may_change_its_digests(string text)
    {
        var (f, dispatcher, discord) = await SetUpAsync();
        using var _f = f;

        var reply = await dispatcher.DispatchAsync(FromDiscord(text, canManage: false), Ct);

        Assert.Equal(("Not allowed", true), (reply.Title, reply.IsEphemeral));
        Assert.Empty(discord.Delivered);
    }

    [Fact]
    public async Task Anyone_may_list_and_preview()
    {
        var (f, dispatcher, _) = await SetUpAsync();
        using var _f = f;
        await dispatcher.DispatchAsync(FromDiscord("subscribe"), Ct);

        var list = await dispatcher.DispatchAsync(FromDiscord("list", canManage: false), Ct);
        var preview = await dispatcher.DispatchAsync(FromDiscord("preview", canManage: false), Ct);

        Assert.Contains("every Monday at 09:00 UTC", PlainTextRenderer.Render(list), StringComparison.Ordinal);
        Assert.True(preview.IsEphemeral);
        Assert.StartsWith("Digest:", preview.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_delivers_now_and_unsubscribe_stops_the_channel()
    {
        var (f, dispatcher, discord) = await SetUpAsync();
        using var _f = f;
        await dispatcher.DispatchAsync(FromDiscord("subscribe"), Ct);

        var sent = await dispatcher.DispatchAsync(FromDiscord("send"), Ct);
        var gone = await dispatcher.DispatchAsync(FromDiscord("unsubscribe"), Ct);

        Assert.Equal("Digest sent", sent.Title);
        Assert.Equal("123", Assert.Single(discord.Delivered).Channel);
        Assert.Equal("Unsubscribed", gone.Title);
        Assert.Null(f.State.GetSubscription("discord:123"));
    }

    [Fact]
    public async Task A_paused_digest_is_announced_once_on_the_channels_next_command()
    {
        var (f, _, discord) = await SetUpAsync();
        using var _f = f;
        var runner = new DigestRunner(f.Shelf.Store, f.State, [discord], f.Time, NullLogger<DigestRunner>.Instance);
        var dispatcher = new CommandDispatcher(
            [new DigestCommand(f.State, runner, f.Shelf.Store, [discord], Options.Create(new DigestOptions()), f.Time), new BriefBot.Core.Commands.Who.WhoCommand(f.Shelf.Store)],
            NullLogger<CommandDispatcher>.Instance,
            [new DigestPauseNotice(f.State)]);
        await dispatcher.DispatchAsync(FromDiscord("subscribe"), Ct);
        discord.FailWith(new PublishException("Missing permissions", isPermanent: true));
        await dispatcher.DispatchAsync(FromDiscord("send"), Ct);

        var next = await dispatcher.DispatchAsync(new CommandRequest { Command = "who", Text = "Sylvania", Platform = Platform.Discord, ChannelId = "123" }, Ct);
        var after = await dispatcher.DispatchAsync(new CommandRequest { Command = "who", Text = "Sylvania", Platform = Platform.Discord, ChannelId = "123" }, Ct);

        Assert.Contains(next.Sections, s => s.Heading == "Digest paused" && s.Lines[0].PlainText.Contains("Missing permissions", StringComparison.Ordinal));
        Assert.DoesNotContain(after.Sections, s => s.Heading == "Digest paused");
        Assert.Contains("paused: Missing permissions", PlainTextRenderer.Render(await dispatcher.DispatchAsync(FromDiscord("list"), Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_without_credentials_cannot_be_subscribed()
    {
        var (f, dispatcher, _) = await SetUpAsync();
        using var _f = f;

        var reply = await dispatcher.DispatchAsync(new CommandRequest { Command = "digest", Text = "subscribe", Platform = Platform.Slack, ChannelId = "C1", CanManageChannel = true }, Ct);

        Assert.Equal("Digests are off here", reply.Title);
    }
}
