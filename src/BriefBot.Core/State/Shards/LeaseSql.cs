using Npgsql;

namespace BriefBot.Core.State.Shards;

/// <summary>The lease statements' shared parameters, bound by name to every command of one round.</summary>
internal sealed class LeaseSql(NpgsqlConnection connection, NpgsqlTransaction? transaction, string replicaId, int shardCount, DateTimeOffset now, DateTimeOffset until, int[] held)
{
    public int Limit { get; set; }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> CountAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<int>> IdsAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private NpgsqlCommand Command(string sql)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("me", replicaId);
        command.Parameters.AddWithValue("count", shardCount);
        command.Parameters.AddWithValue("now", now.UtcDateTime);
        command.Parameters.AddWithValue("until", until.UtcDateTime);
        command.Parameters.AddWithValue("held", held);
        command.Parameters.AddWithValue("limit", Limit);
        return command;
    }
}
