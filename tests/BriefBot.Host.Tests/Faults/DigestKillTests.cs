using System.Globalization;
using BriefBot.Core.Digests;
using BriefBot.Core.State;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.Slack;
using Microsoft.Extensions.Options;
using Xunit;

namespace BriefBot.Host.Tests.Faults;

/// <summary>
/// <c>kill -9</c> of the real host between "recorded" and "sent": the digest post has reached the fake platform,
/// taken effect or not, and hangs there; the process is killed; a new process on the same state file settles it.
/// Whatever the point, the channel ends with exactly one digest and bot state says it was sent.
/// </summary>
public sealed class DigestKillTests : IAsyncLifetime
{
    private const string SlackChannel = "C0DIGEST1";
    private static readonly string DiscordChannel = InteractionPayloads.ChannelId;

    private readonly TestShelf _shelf = new();
    private FakeDiscordServer _discord = null!;
    private FakeSlackServer _slack = null!;

    /// <summary>The child process runs on the real clock, so the test dates against it too.</summary>
    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var yesterday = Now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _shelf.WithArticle("harbour", "Harbour shelled", yesterday, "Sylvanian gunboats shelled the Freedonian harbour. Freedonian officials protested the next day.");
        _discord = await FakeDiscordServer.StartAsync(Ct);
        _slack = await FakeSlackServer.StartAsync(Ct);
    }

    [Theory]
    [InlineData("discord", false)]
    [InlineData("discord", true)]
    [InlineData("slack", false)]
    [InlineData("slack", true)]
    public async Task A_host_killed_while_its_digest_post_is_in_flight_leaves_exactly_one_digest_once_restarted(string platform, bool postLanded)
    {
        var subscriptionId = SeedSubscriptionDueSinceLastWeek(platform);
        Script(platform, postLanded);

        using (var first = ChildProcess.Start(ServeArguments(platform)))
        {
            // The start-up sweep finds last week's digest due, records it, and posts: the post hangs at the fake.
            await WaitForPostAsync(platform).WaitAsync(TimeSpan.FromSeconds(90), Ct);
            first.Kill();
            await first.Exited.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        }

        Assert.Equal(postLanded ? 1 : 0, ChannelDigests(platform));
        using (var second = ChildProcess.Start(ServeArguments(platform)))
        {
            var settled = await Task.WhenAny(second.WhenLogged(" sent as "), second.WhenLogged("was found in its channel")).WaitAsync(TimeSpan.FromSeconds(90), Ct);
            await settled;
            second.Kill();
            await second.Exited.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        }

        Assert.Equal(1, ChannelDigests(platform));
        Assert.Equal(postLanded ? 1 : 2, PostAttempts(platform));
        using var state = OpenState();
        var record = state.LastSent(subscriptionId);
        Assert.NotNull(record);
        Assert.Equal(DigestStatus.Sent, record.Status);
        Assert.Single(record.MessageIds);
        Assert.Empty(state.PendingDigests(subscriptionId));
    }

    /// <summary>A weekly subscription made two weeks ago, so its latest occurrence is due and unsent at start.</summary>
    private string SeedSubscriptionDueSinceLastWeek(string platform)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_shelf.StatePath)!);
        using var state = OpenState();
        var channel = platform == "discord" ? DiscordChannel : SlackChannel;
        var subscription = new Subscription
        {
            Id = Subscription.IdFor(platform, channel),
            Platform = platform,
            Channel = channel,
            Schedule = "monday 09:00 UTC",
            CreatedUtc = Now.AddDays(-14),
        };
        state.SaveSubscription(subscription);
        return subscription.Id;
    }

    private LiteDbBotState OpenState() => new(Options.Create(new DigestOptions { StatePath = _shelf.StatePath }));

    private void Script(string platform, bool postLanded)
    {
        if (platform == "discord")
        {
            _discord.Enqueue(postLanded ? FakeResponse.HangAfterHandling("/messages") : FakeResponse.Hang("/messages"));
        }
        else
        {
            _slack.Enqueue(postLanded ? FakeSlackResponse.HangAfterHandling("chat.postMessage") : FakeSlackResponse.Hang("chat.postMessage"));
        }
    }

    private Task<RecordedRequest> WaitForPostAsync(string platform) => platform == "discord"
        ? _discord.WaitForRequestAsync(IsDiscordPost, Ct)
        : _slack.WaitForRequestAsync(IsSlackPost, Ct);

    private static bool IsDiscordPost(RecordedRequest r) => r.Method == "POST" && r.Path.EndsWith("/channels/" + DiscordChannel + "/messages", StringComparison.Ordinal);

    private static bool IsSlackPost(RecordedRequest r) => r.Path.EndsWith("chat.postMessage", StringComparison.Ordinal);

    private int ChannelDigests(string platform) => platform == "discord"
        ? _discord.ChannelMessages(DiscordChannel).Count
        : _slack.ChannelMessages(SlackChannel).Count(m => m["metadata"] is not null);

    private int PostAttempts(string platform) => platform == "discord"
        ? _discord.Requests.Count(IsDiscordPost)
        : _slack.Requests.Count(IsSlackPost);

    /// <summary>Only the platform under test is configured; HTTP on a free port; no start-up calls to the fakes but the digest's.</summary>
    private string[] ServeArguments(string platform)
    {
        string[] common = ["serve", .. _shelf.HostArguments, "--urls", "http://127.0.0.1:0", "--Knowledge:WatchForChanges", "false"];
        string[] settings = platform == "discord"
            ?
            [
                "--Discord:PublicKey", new InteractionSigner().PublicKeyHex, "--Discord:ApplicationId", InteractionPayloads.ApplicationId,
                "--Discord:BotToken", "test-bot-token", "--Discord:ApiBaseUrl", _discord.ApiBaseUrl.AbsoluteUri, "--Discord:RegisterCommandsOnStart", "false",
            ]
            :
            [
                "--Slack:SigningSecret", new SlackRequestSigner().SigningSecret, "--Slack:BotToken", FakeSlackServer.BotToken,
                "--Slack:ApiBaseUrl", _slack.ApiBaseUrl.AbsoluteUri, "--Slack:CheckTokenOnStart", "false",
            ];
        return [.. common, .. settings];
    }

    public async ValueTask DisposeAsync()
    {
        await _discord.DisposeAsync();
        await _slack.DisposeAsync();
        _shelf.Dispose();
    }
}
