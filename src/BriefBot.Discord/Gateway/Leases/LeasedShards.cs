using System.Data.Common;
using BriefBot.Core.State;
using BriefBot.Core.State.Shards;
using BriefBot.Core.Transports;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway.Leases;

/// <summary>
/// Runs the shards this replica holds a PostgreSQL lease on, and only those: every third of the lease it renews,
/// claims its fair share, and stops a shard before letting its lease go, so no two replicas ever connect the same
/// shard. A renewal that fails leaves the shards running while a full renewal interval of the lease remains, and
/// stops them after that, before the lease lapses and another replica may claim them.
/// </summary>
internal sealed partial class LeasedShards(
    PostgresShardLeases leases,
    ReplicaIdentity replica,
    int shardCount,
    TimeSpan lifetime,
    Func<int, GatewayShard> newShard,
    TransportHealth health,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>Releasing on stop gets this long; leases left behind simply lapse.</summary>
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(5);

    private readonly Dictionary<int, RunningShard> _running = [];
    private DateTimeOffset _validUntil = DateTimeOffset.MinValue;

    /// <summary>Unique per process, readable in the lease table: which machine and process holds a shard.</summary>
    public string ReplicaId => replica.Id;

    private TimeSpan RenewEvery => lifetime / 3;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        Log.Starting(logger, ReplicaId, shardCount, lifetime.TotalSeconds);
        try
        {
            while (true)
            {
                await RoundAsync(stoppingToken);
                await Task.Delay(RenewEvery, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: the finally block disconnects and releases.
        }
        finally
        {
            await StopAsync([.. _running.Keys]);
            await LeaveAsync();
        }
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            // A round may not outlast half a renewal interval, or a hung database would eat the safety margin.
            using var deadline = new CancellationTokenSource(RenewEvery / 2, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, deadline.Token);
            var round = await leases.RefreshAsync(ReplicaId, shardCount, [.. _running.Keys], lifetime, linked.Token);
            _validUntil = round.ValidUntil;
            await ApplyAsync(round, linked.Token);
            health.Report(GatewayHostedService.StartingName, connected: true, $"runs shards [{string.Join(',', _running.Keys.Order())}] of {shardCount}; {round.LiveReplicas} replicas share them by lease");
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            var atRisk = time.GetUtcNow() + RenewEvery >= _validUntil;
            Log.RenewFailed(logger, atRisk, ex);
            if (atRisk && _running.Count > 0)
            {
                await StopAsync([.. _running.Keys]);
            }

            health.Report(GatewayHostedService.StartingName, connected: false, "cannot renew shard leases in PostgreSQL");
        }
    }

    private async Task ApplyAsync(ShardLeaseRound round, CancellationToken cancellationToken)
    {
        var lost = _running.Keys.Where(id => !round.Held.Contains(id)).ToList();
        if (lost.Count > 0)
        {
            var lostIds = Ids(lost);
            Log.Lost(logger, lostIds);
            await StopAsync(lost);
        }

        if (round.Surplus.Count > 0)
        {
            await StopAsync(round.Surplus);
            await leases.ReleaseAsync(ReplicaId, shardCount, round.Surplus, cancellationToken);
            var released = Ids(round.Surplus);
            Log.Released(logger, released, round.LiveReplicas);
        }

        var claimed = round.Held.Except(round.Surplus).Where(id => !_running.ContainsKey(id)).ToList();
        foreach (var id in claimed)
        {
            var shard = newShard(id);
            var stop = new CancellationTokenSource();
            _running[id] = new RunningShard(shard, stop, shard.RunAsync(stop.Token));
        }

        if (lost.Count + round.Surplus.Count + claimed.Count > 0)
        {
            var holding = Ids(_running.Keys);
            Log.Holding(logger, ReplicaId, holding, shardCount, round.LiveReplicas);
        }
    }

    /// <summary>Disconnects and waits until each shard has closed its connection.</summary>
    private async Task StopAsync(IReadOnlyCollection<int> ids)
    {
        var stopping = ids.Where(_running.ContainsKey).Select(id => _running[id]).ToList();
        foreach (var running in stopping)
        {
            await running.Stop.CancelAsync();
        }

        await Task.WhenAll(stopping.Select(r => r.Run));
        foreach (var id in ids)
        {
            if (_running.Remove(id, out var running))
            {
                running.Stop.Dispose();
                health.Forget(running.Shard.Name);
            }
        }
    }

    private async Task LeaveAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(ReleaseTimeout, time);
            await leases.LeaveAsync(ReplicaId, timeout.Token);
            Log.Left(logger, ReplicaId);
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or OperationCanceledException)
        {
            Log.LeaveFailed(logger, ex);
        }
    }

    private static string Ids(IEnumerable<int> ids) => "[" + string.Join(',', ids.Order()) + "]";

    private sealed record RunningShard(GatewayShard Shard, CancellationTokenSource Stop, Task Run);
}
