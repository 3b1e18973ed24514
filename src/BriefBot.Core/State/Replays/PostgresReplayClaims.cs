using Npgsql;

namespace BriefBot.Core.State.Replays;

/// <summary>
/// Claims in briefbot_replay_claims, shared by every replica: the primary key lets one insert win, and a row
/// whose expiry has passed is taken over rather than refused. Expired rows are deleted about once a minute.
/// Expiries come from this replica's clock; skew between replicas only stretches or shortens a window by as much.
/// </summary>
public sealed class PostgresReplayClaims : IReplayClaims
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private long _nextPruneTicks;

    internal PostgresReplayClaims(NpgsqlDataSource dataSource, TimeProvider time)
    {
        _dataSource = dataSource;
        _time = time;
    }

    public bool TryClaim(string key, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _time.GetUtcNow();
        using var connection = _dataSource.OpenConnection();
        PruneWhenDue(connection, now);

        // Two replicas inserting at once: the second waits on the first's row, then sees a live expiry and updates nothing.
        using var command = new NpgsqlCommand(
            "INSERT INTO briefbot_replay_claims (key, expires_utc) VALUES (@key, @expires) " +
            "ON CONFLICT (key) DO UPDATE SET expires_utc = excluded.expires_utc WHERE briefbot_replay_claims.expires_utc <= @now",
            connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("expires", (now + window).UtcDateTime);
        command.Parameters.AddWithValue("now", now.UtcDateTime);
        return command.ExecuteNonQuery() == 1;
    }

    private void PruneWhenDue(NpgsqlConnection connection, DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextPruneTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextPruneTicks, (now + PruneEvery).UtcTicks, due) != due)
        {
            return;
        }

        using var command = new NpgsqlCommand("DELETE FROM briefbot_replay_claims WHERE expires_utc <= @now", connection);
        command.Parameters.AddWithValue("now", now.UtcDateTime);
        command.ExecuteNonQuery();
    }
}
