using Npgsql;

namespace BriefBot.Core.State.Shards;

/// <summary>
/// Shard leases in PostgreSQL: each replica heartbeats, renews the shards it holds, and claims free or lapsed ones
/// up to its fair share, ceil(shards / live replicas), so shards spread evenly and a dead replica's shards are taken
/// over once its leases lapse. Row locks (FOR UPDATE SKIP LOCKED) let one replica win each shard.
/// Expiries come from each replica's clock; keep the lease lifetime well above any clock skew.
/// </summary>
public sealed class PostgresShardLeases
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    internal PostgresShardLeases(NpgsqlDataSource dataSource, TimeProvider time)
    {
        _dataSource = dataSource;
        _time = time;
    }

    /// <summary>
    /// One round: heartbeat, renew those of <paramref name="held"/> still ours and unexpired, then claim up to the fair
    /// share or name the surplus. A shard of <paramref name="held"/> missing from the result is lost: stop it at once.
    /// </summary>
    public async Task<ShardLeaseRound> RefreshAsync(string replicaId, int shardCount, IReadOnlyCollection<int> held, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(held);
        var now = _time.GetUtcNow();
        var until = now + lifetime;
        var heldIds = held.ToArray();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sql = new LeaseSql(connection, transaction, replicaId, shardCount, now, until, heldIds);

        await sql.ExecuteAsync("INSERT INTO briefbot_shard_leases (shard_count, shard_id, owner, expires_utc) SELECT @count, s, NULL, '-infinity' FROM generate_series(0, @count - 1) s ON CONFLICT DO NOTHING", cancellationToken);
        await sql.ExecuteAsync("INSERT INTO briefbot_shard_replicas (replica_id, expires_utc) VALUES (@me, @until) ON CONFLICT (replica_id) DO UPDATE SET expires_utc = excluded.expires_utc", cancellationToken);
        // SKIP LOCKED: two replicas back from an outage would otherwise each wait on the other's heartbeat row.
        await sql.ExecuteAsync("DELETE FROM briefbot_shard_replicas WHERE replica_id IN (SELECT replica_id FROM briefbot_shard_replicas WHERE expires_utc <= @now FOR UPDATE SKIP LOCKED)", cancellationToken);
        var renewed = await sql.IdsAsync(
            "UPDATE briefbot_shard_leases SET expires_utc = @until WHERE shard_count = @count AND owner = @me AND expires_utc > @now AND shard_id = ANY(@held) RETURNING shard_id",
            cancellationToken);
        var live = Math.Max(1, await sql.CountAsync("SELECT count(*) FROM briefbot_shard_replicas WHERE expires_utc > @now", cancellationToken));
        var share = (shardCount + live - 1) / live;

        var claimed = new List<int>();
        if (renewed.Count < share)
        {
            // A shard just lost (in held, not renewed) is not claimed back in the same round: it must stop first.
            sql.Limit = share - renewed.Count;
            claimed = await sql.IdsAsync(
                "UPDATE briefbot_shard_leases SET owner = @me, expires_utc = @until WHERE shard_count = @count AND expires_utc <= @now AND shard_id IN " +
                "(SELECT shard_id FROM briefbot_shard_leases WHERE shard_count = @count AND expires_utc <= @now AND NOT (shard_id = ANY(@held)) ORDER BY shard_id LIMIT @limit FOR UPDATE SKIP LOCKED) " +
                "RETURNING shard_id",
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var all = renewed.Concat(claimed).Order().ToList();
        var surplus = all.Count > share ? all.Skip(share).ToList() : [];
        return new ShardLeaseRound(all, surplus, live, until);
    }

    /// <summary>Frees leases at once, for shards this replica has already disconnected.</summary>
    public async Task ReleaseAsync(string replicaId, int shardCount, IReadOnlyCollection<int> shards, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shards);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var sql = new LeaseSql(connection, null, replicaId, shardCount, _time.GetUtcNow(), default, [.. shards]);
        await sql.ExecuteAsync("UPDATE briefbot_shard_leases SET owner = NULL, expires_utc = '-infinity' WHERE shard_count = @count AND owner = @me AND shard_id = ANY(@held)", cancellationToken);
    }

    /// <summary>
    /// On a clean stop, once every shard is disconnected: frees all of this replica's leases and removes its heartbeat,
    /// so the others claim the shards at their next round instead of after the lease lifetime.
    /// </summary>
    public async Task LeaveAsync(string replicaId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sql = new LeaseSql(connection, transaction, replicaId, 0, _time.GetUtcNow(), default, []);
        await sql.ExecuteAsync("UPDATE briefbot_shard_leases SET owner = NULL, expires_utc = '-infinity' WHERE owner = @me", cancellationToken);
        await sql.ExecuteAsync("DELETE FROM briefbot_shard_replicas WHERE replica_id = @me", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
