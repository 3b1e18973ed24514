using System.Text.RegularExpressions;
using BriefBot.Host.Tests.Faults;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.State;
using Xunit;

namespace BriefBot.Host.Tests.Replicas;

/// <summary>
/// Two real host processes on one PostgreSQL and one fake Discord Gateway with two shards: the replicas split the
/// shards by lease, no shard is ever connected twice, and when one replica is killed (<c>kill -9</c>) the other
/// takes its shard over once the lease lapses (3 s here, renewed every second).
/// </summary>
public sealed partial class ReplicaShardTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);
    private readonly TestShelf _shelf = new();
    private TestPostgres? _database;
    private FakeDiscordServer _discord = null!;
    private FakeDiscordGateway _gateway = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _shelf.WithArticle("harbour", "Harbour shelled", "2024-05-01", "Sylvanian gunboats shelled the Freedonian harbour.");
        _discord = await FakeDiscordServer.StartAsync(Ct);
        _gateway = await FakeDiscordGateway.StartAsync(Ct);
        // Discord recommends two shards and lets one session start every 5 s (max_concurrency 1).
        _discord.GatewayBot = new FakeGatewayBot { Url = _gateway.Url, Shards = 2, MaxConcurrency = 1 };
    }

    [Fact]
    public async Task Two_replicas_split_the_shards_and_the_survivor_takes_over_a_killed_ones_shard()
    {
        Assert.SkipWhen(TestPostgres.Server is null, TestPostgres.SkipReason);
        _database = TestPostgres.CreateDatabase();

        using var first = ChildProcess.Start(ServeArguments(1));
        using var second = ChildProcess.Start(ServeArguments(2));
        var firstShard = await OneShardReadyAsync(first);
        var secondShard = await OneShardReadyAsync(second);
        var openWhenSplit = OpenShards();
        // Counted, because the second replica may have run both shards for a moment before the first one joined.
        var takeover = $"Gateway shard {firstShard}/2: ready";
        var readyBefore = second.CountLogged(takeover);
        first.Kill();
        await first.Exited.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await second.WhenLogged(takeover, readyBefore + 1).WaitAsync(Patience, Ct);
        var openAfterTakeover = OpenShards();
        var heldAfterTakeover = LastHeld(second);
        second.Kill();

        Assert.Equal([0, 1], new[] { firstShard, secondShard }.Order());
        Assert.Equal(["[0,2]", "[1,2]"], openWhenSplit);
        Assert.Equal(["[0,2]", "[1,2]"], openAfterTakeover);
        Assert.Equal(0, _gateway.DoubleIdentifies);
        Assert.Equal("[0,1]", heldAfterTakeover);
    }

    /// <summary>Waits until the replica runs exactly one shard and that shard is ready; returns its id.</summary>
    private static async Task<int> OneShardReadyAsync(ChildProcess replica)
    {
        await Task.WhenAny(replica.WhenLogged("runs shards [0] of 2"), replica.WhenLogged("runs shards [1] of 2")).WaitAsync(Patience, Ct);
        var shard = int.Parse(Held().Matches(replica.Output)[^1].Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture);
        await replica.WhenLogged($"Gateway shard {shard}/2: ready").WaitAsync(Patience, Ct);
        return shard;
    }

    /// <summary>The shards of the connections still open at the fake Gateway, in order.</summary>
    private List<string> OpenShards() =>
        [.. _gateway.Connections.Where(c => !c.Closed.IsCompleted && c.Shard is not null).Select(c => c.Shard!).Order(StringComparer.Ordinal)];

    /// <summary>One replica: the shared shelf and database, a knowledge base of its own, the Gateway, a 3 s lease.</summary>
    private string[] ServeArguments(int replica) =>
    [
        "serve", .. _shelf.HostArguments,
        "--Knowledge:DatabasePath", Path.Combine(_shelf.Root, "data", $"knowledge-{replica}.db"),
        "--urls", "http://127.0.0.1:0", "--Knowledge:WatchForChanges", "false",
        "--State:Provider", "postgres", "--State:ConnectionString", _database!.ConnectionString,
        "--Discord:ApplicationId", InteractionPayloads.ApplicationId, "--Discord:BotToken", FakeDiscordGateway.ExpectedToken,
        "--Discord:ApiBaseUrl", _discord.ApiBaseUrl.AbsoluteUri, "--Discord:RegisterCommandsOnStart", "false",
        "--Discord:ShardLease", "00:00:03",
    ];

    /// <summary>The shards the replica said it runs last, as "[0,1]".</summary>
    private static string LastHeld(ChildProcess replica) => AnyHeld().Matches(replica.Output)[^1].Groups["ids"].Value;

    [GeneratedRegex(@"runs shards \[(?<id>\d)\] of 2", RegexOptions.ExplicitCapture)]
    private static partial Regex Held();

    [GeneratedRegex(@"runs shards (?<ids>\[[\d,]*\]) of 2", RegexOptions.ExplicitCapture)]
    private static partial Regex AnyHeld();

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _discord.DisposeAsync();
        _database?.Dispose();
        _shelf.Dispose();
    }
}
