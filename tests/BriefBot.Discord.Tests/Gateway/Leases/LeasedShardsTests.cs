using BriefBot.Core.State.Postgres;
using BriefBot.Discord.Gateway;
using BriefBot.TestKit.State;
using Npgsql;
using Xunit;

namespace BriefBot.Discord.Tests.Gateway.Leases;

/// <summary>
/// One replica's Gateway with its shards leased in a real PostgreSQL, on a fake clock: the lease decides which
/// shards run, and a shard whose lease is gone or cannot be renewed is disconnected before the lease lapses.
/// </summary>
public sealed class LeasedShardsTests : IDisposable
{
    /// <summary>A 33 s lease is renewed every 11 s, a delay no other Gateway timer uses (a round's deadline is half of it).</summary>
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(11);

    private TestPostgres? _database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_lone_replica_on_postgres_claims_and_connects_every_shard()
    {
        await using var services = await StartAsync(shardCount: 2, maxConcurrency: 2);

        var identifies = await services.Gateway.WaitForFramesAsync(2, f => f.Op == 2, Ct);

        Assert.Equal(["[0,2]", "[1,2]"], identifies.Select(f => f.D.GetProperty("shard").GetRawText()).Order(StringComparer.Ordinal));
        Assert.Equal(["0:replica", "1:replica"], Owners());
    }

    [Fact]
    public async Task A_shard_whose_lease_another_replica_holds_is_disconnected_at_the_next_renewal()
    {
        await using var services = await StartAsync(shardCount: 1, maxConcurrency: 1);
        await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);
        var connection = services.Gateway.Connections[0];

        Execute("UPDATE briefbot_shard_leases SET owner = 'another-replica', expires_utc = 'infinity'");
        await services.Time.AdvanceWhenWaitingAsync(RenewEvery, Ct);
        var closeCode = await connection.Closed.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(1000, closeCode);
        await services.Logs.WhenLoggedAsync(e => e.EventId.Name == "ShardLeasesLost", Ct);
        Assert.Single(services.Gateway.Connections);
    }

    [Fact]
    public async Task A_replica_that_cannot_renew_keeps_its_shard_while_a_renewal_interval_remains_then_disconnects_it()
    {
        await using var services = await StartAsync(shardCount: 1, maxConcurrency: 1);
        await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);
        var connection = services.Gateway.Connections[0];

        Execute("ALTER TABLE briefbot_shard_replicas RENAME TO briefbot_shard_replicas_gone");
        await services.Time.AdvanceWhenWaitingAsync(RenewEvery, Ct);
        await services.Time.WhenTimerAsync(d => d == RenewEvery, Ct);
        var afterOneFailure = services.Shard();
        var openAfterOneFailure = !connection.Closed.IsCompleted;
        services.Time.Advance(RenewEvery);
        var closeCode = await connection.Closed.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await services.Time.WhenTimerAsync(d => d == RenewEvery, Ct);

        Assert.Equal(2, services.Logs.Entries.Count(e => e.EventId.Name == "ShardLeasesRenewFailed"));
        Assert.NotNull(afterOneFailure);
        Assert.True(openAfterOneFailure);
        Assert.Equal(1000, closeCode);
        Assert.Null(services.Shard());
        Assert.False(services.Health.AllConnected);
    }

    [Fact]
    public async Task A_replica_that_stops_disconnects_its_shards_then_releases_their_leases()
    {
        await using var services = await StartAsync(shardCount: 2, maxConcurrency: 2);
        await services.Gateway.WaitForFramesAsync(2, f => f.Op == 2, Ct);
        var heldWhileRunning = Owners();

        await services.Service.StopAsync(Ct);

        Assert.Equal(["0:replica", "1:replica"], heldWhileRunning);
        Assert.Empty(Owners());
        Assert.Equal([1000, 1000], await Task.WhenAll(services.Gateway.Connections.Select(c => c.Closed)));
        Assert.Equal(0, Count("SELECT count(*) FROM briefbot_shard_replicas"));
    }

    [Fact]
    public async Task Two_replicas_gates_take_each_buckets_identify_turn_in_turn()
    {
        await using var first = await StartAsync(shardCount: 1, maxConcurrency: 1);
        await first.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);
        using var otherState = PostgresBotState.Open(_database!.ConnectionString);
        var other = new SessionStartGate(new SessionStartLimit(), otherState.StartSlots(first.Time), first.Time);

        var tooSoon = await other.ReserveAsync(shardId: 0, Ct);
        first.Time.Advance(SessionStartGate.BucketSpacing);
        var onTime = await other.ReserveAsync(shardId: 0, Ct);

        Assert.Equal((SessionStartGate.BucketSpacing, false), tooSoon);
        Assert.Equal((TimeSpan.Zero, false), onTime);
    }

    [Fact]
    public async Task Shards_named_in_the_settings_run_without_leases_even_on_postgres()
    {
        await using var services = await StartAsync(shardCount: 2, maxConcurrency: 1, new Dictionary<string, string?> { ["Discord:ShardIds"] = "1" });

        var identify = await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);

        Assert.Equal("[1,2]", identify.D.GetProperty("shard").GetRawText());
        Assert.Empty(Owners());
    }

    private async Task<GatewayServices> StartAsync(int shardCount, int maxConcurrency, Dictionary<string, string?>? settings = null)
    {
        Assert.SkipWhen(TestPostgres.Server is null, TestPostgres.SkipReason);
        _database = TestPostgres.CreateDatabase();
        settings ??= [];
        settings["Discord:ShardCount"] = shardCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Discord:ShardLease"] = "00:00:33";
        return await GatewayServices.StartAsync([], settings, gatewayBot: b => b with { MaxConcurrency = maxConcurrency }, postgres: _database.ConnectionString);
    }

    /// <summary>Each leased shard and whether a replica owns it, as "id:replica".</summary>
    private List<string> Owners()
    {
        using var connection = new NpgsqlConnection(_database!.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT shard_id, owner FROM briefbot_shard_leases WHERE owner IS NOT NULL ORDER BY shard_id", connection);
        using var reader = command.ExecuteReader();
        var owners = new List<string>();
        while (reader.Read())
        {
            owners.Add($"{reader.GetInt32(0)}:replica");
        }

        return owners;
    }

    private long Count(string sql)
    {
        using var connection = new NpgsqlConnection(_database!.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_database!.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _database?.Dispose();
}
