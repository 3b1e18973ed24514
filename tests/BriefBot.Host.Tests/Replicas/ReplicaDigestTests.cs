using System.Globalization;
using BriefBot.Core.Digests;
using BriefBot.Core.State.Postgres;
using BriefBot.Host.Tests.Faults;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.State;
using Xunit;

namespace BriefBot.Host.Tests.Replicas;

/// <summary>
/// Two or three real host processes on one PostgreSQL (bot state and clustered Quartz) and one fake Discord, each with its
/// own knowledge base built from the one shelf: a due digest reaches its channel once, and when the replica
/// sending it is killed (<c>kill -9</c>) mid-post the other settles it, exactly as a restart would.
/// </summary>
public sealed class ReplicaDigestTests : IAsyncLifetime
{
    private static readonly string Channel = InteractionPayloads.ChannelId;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);
    private readonly TestShelf _shelf = new();
    private TestPostgres? _database;
    private FakeDiscordServer _discord = null!;

    /// <summary>The child processes run on the real clock, so the test dates against it too.</summary>
    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var yesterday = Now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _shelf.WithArticle("harbour", "Harbour shelled", yesterday, "Sylvanian gunboats shelled the Freedonian harbour. Freedonian officials protested the next day.");
        _discord = await FakeDiscordServer.StartAsync(Ct);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Replicas_that_all_find_a_digest_due_deliver_it_once(int count)
    {
        var subscriptionId = SeedSubscriptionDueSinceLastWeek();

        var replicas = Enumerable.Range(1, count).Select(n => ChildProcess.Start(ServeArguments(n))).ToList();
        try
        {
            await Task.WhenAny(replicas.Select(r => r.WhenLogged(" sent as "))).WaitAsync(Patience, Ct);
            await Task.WhenAll(replicas.Select(r => r.WhenLogged("delivered to discord"))).WaitAsync(Patience, Ct);
            replicas.ForEach(r => r.Kill());
            await Task.WhenAll(replicas.Select(r => r.Exited)).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        }
        finally
        {
            replicas.ForEach(r => r.Dispose());
        }

        Assert.Single(_discord.ChannelMessages(Channel));
        Assert.Equal(1, _discord.Requests.Count(IsPost));
        AssertSentOnce(subscriptionId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_replica_killed_while_posting_a_digest_leaves_the_other_to_deliver_it_once(bool postLanded)
    {
        var subscriptionId = SeedSubscriptionDueSinceLastWeek();
        _discord.Enqueue(postLanded ? FakeResponse.HangAfterHandling("/messages") : FakeResponse.Hang("/messages"));

        using var sender = ChildProcess.Start(ServeArguments(1));
        await _discord.WaitForRequestAsync(IsPost, Ct).WaitAsync(Patience, Ct);
        using var other = ChildProcess.Start(ServeArguments(2));
        await other.WhenLogged("delivered to discord").WaitAsync(Patience, Ct);
        sender.Kill();
        await sender.Exited.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var settled = await Task.WhenAny(other.WhenLogged(" sent as "), other.WhenLogged("was found in its channel")).WaitAsync(Patience, Ct);
        await settled;
        other.Kill();
        await other.Exited.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Single(_discord.ChannelMessages(Channel));
        Assert.Equal(postLanded ? 1 : 2, _discord.Requests.Count(IsPost));
        AssertSentOnce(subscriptionId);
    }

    /// <summary>A weekly subscription made two weeks ago, so its latest occurrence is due and unsent at start.</summary>
    private string SeedSubscriptionDueSinceLastWeek()
    {
        Assert.SkipWhen(TestPostgres.Server is null, TestPostgres.SkipReason);
        _database = TestPostgres.CreateDatabase();
        using var state = PostgresBotState.Open(_database.ConnectionString);
        var subscription = new Subscription
        {
            Id = Subscription.IdFor("discord", Channel),
            Platform = "discord",
            Channel = Channel,
            Schedule = "monday 09:00 UTC",
            CreatedUtc = Now.AddDays(-14),
        };
        state.SaveSubscription(subscription);
        return subscription.Id;
    }

    private void AssertSentOnce(string subscriptionId)
    {
        using var state = PostgresBotState.Open(_database!.ConnectionString);
        var record = state.LastSent(subscriptionId);
        Assert.NotNull(record);
        Assert.Equal(DigestStatus.Sent, record.Status);
        Assert.Single(record.MessageIds);
        Assert.Empty(state.PendingDigests(subscriptionId));
    }

    private static bool IsPost(RecordedRequest r) => r.Method == "POST" && r.Path.EndsWith("/channels/" + Channel + "/messages", StringComparison.Ordinal);

    /// <summary>One replica: the shared shelf and database, a knowledge base of its own, HTTP on a free port.</summary>
    private string[] ServeArguments(int replica) =>
    [
        "serve", .. _shelf.HostArguments,
        "--Knowledge:DatabasePath", Path.Combine(_shelf.Root, "data", $"knowledge-{replica}.db"),
        "--urls", "http://127.0.0.1:0", "--Knowledge:WatchForChanges", "false",
        "--State:Provider", "postgres", "--State:ConnectionString", _database!.ConnectionString,
        "--Discord:PublicKey", new InteractionSigner().PublicKeyHex, "--Discord:ApplicationId", InteractionPayloads.ApplicationId,
        "--Discord:BotToken", "test-bot-token", "--Discord:ApiBaseUrl", _discord.ApiBaseUrl.AbsoluteUri, "--Discord:RegisterCommandsOnStart", "false",
    ];

    public async ValueTask DisposeAsync()
    {
        await _discord.DisposeAsync();
        _database?.Dispose();
        _shelf.Dispose();
    }
}
