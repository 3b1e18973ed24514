using BriefBot.Discord.Gateway;
using Xunit;

namespace BriefBot.Discord.Tests.Gateway;

public sealed class GatewayShardingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_shard_settings_every_recommended_shard_runs_here_one_bucket_start_per_5_seconds()
    {
        await using var services = await GatewayServices.StartAsync([], gatewayBot: b => b with { Shards = 2, MaxConcurrency = 1 });

        var first = await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);
        await services.ReconnectAfterAsync(SessionStartGate.BucketSpacing, 2);
        var second = await services.Gateway.WaitForFramesAsync(2, f => f.Op == 2, Ct);

        Assert.Equal("[0,2]", first.D.GetProperty("shard").GetRawText());
        Assert.Equal("[1,2]", second[1].D.GetProperty("shard").GetRawText());
        Assert.Equal(["discord gateway shard 0/2", "discord gateway shard 1/2"], services.Health.Snapshot().Select(s => s.Name));
    }

    [Fact]
    public async Task Shards_in_different_concurrency_buckets_identify_together()
    {
        await using var services = await GatewayServices.StartAsync([], gatewayBot: b => b with { Shards = 2, MaxConcurrency = 2 });

        var identifies = await services.Gateway.WaitForFramesAsync(2, f => f.Op == 2, Ct);

        Assert.Equal(["[0,2]", "[1,2]"], identifies.Select(f => f.D.GetProperty("shard").GetRawText()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Shard_settings_run_only_that_shard_of_that_count()
    {
        await using var services = await GatewayServices.StartAsync(
            [],
            settings: new Dictionary<string, string?> { ["Discord:ShardId"] = "1", ["Discord:ShardCount"] = "3" },
            gatewayBot: b => b with { Shards = 5 });

        var identify = await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);
        await services.Gateway.SyncAsync(Ct);

        Assert.Equal("[1,3]", identify.D.GetProperty("shard").GetRawText());
        Assert.Single(services.Gateway.Connections);
        Assert.True(services.Shard("discord gateway shard 1/3")!.Connected);
        Assert.Single(services.Health.Snapshot());
    }

    [Fact]
    public async Task A_shard_id_list_runs_exactly_those_shards_of_that_count()
    {
        await using var services = await GatewayServices.StartAsync(
            [],
            settings: new Dictionary<string, string?> { ["Discord:ShardIds"] = "0,2", ["Discord:ShardCount"] = "3" },
            gatewayBot: b => b with { Shards = 1, MaxConcurrency = 3 });

        var identifies = await services.Gateway.WaitForFramesAsync(2, f => f.Op == 2, Ct);
        await services.Gateway.SyncAsync(Ct);

        Assert.Equal(["[0,3]", "[2,3]"], identifies.Select(f => f.D.GetProperty("shard").GetRawText()).Order(StringComparer.Ordinal));
        Assert.Equal(2, services.Gateway.Connections.Count);
        Assert.Equal(["discord gateway shard 0/3", "discord gateway shard 2/3"], services.Health.Snapshot().Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task No_identify_while_the_daily_session_start_limit_is_used_up()
    {
        await using var services = await GatewayServices.StartAsync([], gatewayBot: b => b with { Remaining = 0, ResetAfter = 60_000 });

        await services.Time.WhenTimerAsync(d => d == TimeSpan.FromMinutes(1), Ct);
        var waiting = services.Shard()!;
        var connectionsWhileWaiting = services.Gateway.Connections.Count;
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);

        Assert.Equal(0, connectionsWhileWaiting);
        Assert.False(waiting.Connected);
        Assert.Contains("session-start limit", waiting.Detail, StringComparison.Ordinal);
    }
}
