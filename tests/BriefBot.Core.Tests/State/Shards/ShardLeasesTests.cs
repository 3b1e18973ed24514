using BriefBot.Core.State.Postgres;
using BriefBot.Core.State.Shards;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BriefBot.Core.Tests.State.Shards;

/// <summary>Shard leases in a real PostgreSQL, each replica a handle of its own on one database, on a fake clock.</summary>
public sealed class ShardLeasesTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly StateStores _stores = StateStores.Postgres();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 6, 2, 9, 0, 0, TimeSpan.Zero));
    private PostgresBotState? _first;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_lone_replica_claims_every_shard_and_renews_them()
    {
        var a = Replica();

        var claimed = await RoundAsync(a, "a", []);
        _time.Advance(TimeSpan.FromSeconds(10));
        var renewed = await RoundAsync(a, "a", claimed.Held);

        Assert.Equal([0, 1, 2, 3], claimed.Held);
        Assert.Equal([0, 1, 2, 3], renewed.Held);
        Assert.Empty(renewed.Surplus);
        Assert.Equal(_time.GetUtcNow() + Lease, renewed.ValidUntil);
    }

    [Fact]
    public async Task A_second_replica_gets_half_once_the_first_releases_its_surplus()
    {
        var (a, b) = (Replica(), Replica());
        var first = await RoundAsync(a, "a", []);

        var newcomer = await RoundAsync(b, "b", []);
        var shed = await RoundAsync(a, "a", first.Held);
        await a.ReleaseAsync("a", 4, shed.Surplus, Ct);
        var balanced = await RoundAsync(b, "b", newcomer.Held);

        Assert.Empty(newcomer.Held);
        Assert.Equal(2, newcomer.LiveReplicas);
        Assert.Equal([2, 3], shed.Surplus);
        Assert.Equal([2, 3], balanced.Held);
    }

    [Fact]
    public async Task A_dead_replicas_shards_are_taken_over_only_once_its_leases_lapse()
    {
        var (a, b) = (Replica(), Replica());
        var held = await BalanceAsync(a, b);

        _time.Advance(Lease - TimeSpan.FromSeconds(1));
        var beforeLapse = await RoundAsync(b, "b", held);
        _time.Advance(TimeSpan.FromSeconds(1));
        var afterLapse = await RoundAsync(b, "b", beforeLapse.Held);

        Assert.Equal([2, 3], beforeLapse.Held);
        Assert.Equal(2, beforeLapse.LiveReplicas);
        Assert.Equal([0, 1, 2, 3], afterLapse.Held);
        Assert.Equal(1, afterLapse.LiveReplicas);
    }

    [Fact]
    public async Task A_replica_that_renews_too_late_finds_its_shards_lost_to_the_one_that_took_them()
    {
        var (a, b) = (Replica(), Replica());
        var held = (await RoundAsync(a, "a", [], shardCount: 2)).Held;

        _time.Advance(Lease + TimeSpan.FromSeconds(1));
        var taker = await RoundAsync(b, "b", [], shardCount: 2);
        var late = await RoundAsync(a, "a", held, shardCount: 2);

        Assert.Equal([0, 1], held);
        Assert.Equal([0, 1], taker.Held);
        Assert.Empty(late.Held);
    }

    [Fact]
    public async Task A_lease_lost_in_a_round_is_not_claimed_back_in_that_round()
    {
        var a = Replica();
        var held = (await RoundAsync(a, "a", [], shardCount: 1)).Held;

        _time.Advance(Lease);
        var late = await RoundAsync(a, "a", held, shardCount: 1);
        var next = await RoundAsync(a, "a", late.Held, shardCount: 1);

        Assert.Empty(late.Held);
        Assert.Equal([0], next.Held);
    }

    [Fact]
    public async Task A_replica_that_leaves_frees_its_shards_at_once()
    {
        var (a, b) = (Replica(), Replica());
        await BalanceAsync(a, b);

        await a.LeaveAsync("a", Ct);
        var alone = await RoundAsync(b, "b", [2, 3]);

        Assert.Equal([0, 1, 2, 3], alone.Held);
        Assert.Equal(1, alone.LiveReplicas);
    }

    [Fact]
    public async Task Replicas_claiming_at_once_never_hold_the_same_shard()
    {
        var replicas = new[] { Replica(), Replica(), Replica() };
        var held = new IReadOnlyList<int>[3];
        for (var i = 0; i < 3; i++)
        {
            held[i] = [];
        }

        for (var round = 0; round < 4; round++)
        {
            var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Task.Run(() => RoundAsync(replicas[i], "r" + i, held[i], shardCount: 6), Ct)));
            for (var i = 0; i < 3; i++)
            {
                await replicas[i].ReleaseAsync("r" + i, 6, results[i].Surplus, Ct);
                held[i] = [.. results[i].Held.Except(results[i].Surplus)];
            }

            var all = held.SelectMany(h => h).ToList();
            Assert.Equal(all.Count, all.Distinct().Count());
        }

        Assert.All(held, h => Assert.Equal(2, h.Count));
    }

    /// <summary>a holds 0 and 1, b holds 2 and 3, both renewed at the current time.</summary>
    private static async Task<IReadOnlyList<int>> BalanceAsync(PostgresShardLeases a, PostgresShardLeases b)
    {
        var first = await RoundAsync(a, "a", []);
        await RoundAsync(b, "b", []);
        var shed = await RoundAsync(a, "a", first.Held);
        await a.ReleaseAsync("a", 4, shed.Surplus, Ct);
        var held = await RoundAsync(b, "b", []);
        Assert.Equal([2, 3], held.Held);
        return held.Held;
    }

    private static Task<ShardLeaseRound> RoundAsync(PostgresShardLeases leases, string replica, IReadOnlyList<int> held, int shardCount = 4) =>
        leases.RefreshAsync(replica, shardCount, [.. held], Lease, Ct);

    /// <summary>A replica: its own handle on the test's one database.</summary>
    private PostgresShardLeases Replica()
    {
        var state = _first is null ? _stores.Open() : _stores.OpenAgain(_first);
        _first ??= (PostgresBotState)state;
        return ((PostgresBotState)state).ShardLeases(_time);
    }

    public void Dispose() => _stores.Dispose();
}
