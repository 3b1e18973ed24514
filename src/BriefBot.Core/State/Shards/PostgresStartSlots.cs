using Npgsql;

namespace BriefBot.Core.State.Shards;

/// <summary>
/// Turns in briefbot_start_slots, shared by every replica: the upsert locks the key's row, so of two replicas
/// asking at once one moves the free time on and the other, waiting on the row lock, then sees it in the future.
/// Times come from this replica's clock; skew between replicas shortens or stretches a spacing by as much.
/// </summary>
public sealed class PostgresStartSlots : IStartSlots
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    internal PostgresStartSlots(NpgsqlDataSource dataSource, TimeProvider time)
    {
        _dataSource = dataSource;
        _time = time;
    }

    public async Task<TimeSpan> TryTakeAsync(string key, TimeSpan spacing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _time.GetUtcNow();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "INSERT INTO briefbot_start_slots AS s (key, free_utc) VALUES (@key, @next) " +
            "ON CONFLICT (key) DO UPDATE SET free_utc = excluded.free_utc WHERE s.free_utc <= @now " +
            "RETURNING true",
            connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("next", (now + spacing).UtcDateTime);
        command.Parameters.AddWithValue("now", now.UtcDateTime);
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            return TimeSpan.Zero;
        }

        await using var read = new NpgsqlCommand("SELECT free_utc FROM briefbot_start_slots WHERE key = @key", connection);
        read.Parameters.AddWithValue("key", key);
        var freeAt = await read.ExecuteScalarAsync(cancellationToken) is DateTime free ? new DateTimeOffset(DateTime.SpecifyKind(free, DateTimeKind.Utc)) : now;
        // Never zero: the caller asks again after waiting, and zero means "taken".
        return freeAt > now ? freeAt - now : TimeSpan.FromMilliseconds(1);
    }
}
