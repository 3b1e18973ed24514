using Npgsql;
using NpgsqlTypes;

namespace BriefBot.Core.State.Postgres;

/// <summary>Reads and writes of briefbot_documents, on a connection (and transaction) the caller holds.</summary>
internal static class PostgresDocuments
{
    public static T? Find<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string collection, string id)
        where T : class
    {
        using var command = Command(connection, transaction, "SELECT body::text FROM briefbot_documents WHERE collection = @collection AND id = @id", collection);
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteScalar() is string json ? StateJson.Read<T>(json) : null;
    }

    /// <summary>Every document of the collection, or only those with the given ids.</summary>
    public static Dictionary<string, T> Many<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string collection, IReadOnlyCollection<string>? ids = null)
    {
        using var command = Command(connection, transaction, "SELECT id, body::text FROM briefbot_documents WHERE collection = @collection" + (ids is null ? "" : " AND id = ANY(@ids)"), collection);
        if (ids is not null)
        {
            command.Parameters.AddWithValue("ids", ids.ToArray());
        }

        var found = new Dictionary<string, T>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found[reader.GetString(0)] = StateJson.Read<T>(reader.GetString(1));
        }

        return found;
    }

    public static int Count(NpgsqlConnection connection, string collection)
    {
        using var command = Command(connection, null, "SELECT count(*) FROM briefbot_documents WHERE collection = @collection", collection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Writes the documents in one round trip.</summary>
    public static void Upsert<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string collection, IEnumerable<(string Id, T Document)> documents)
    {
        using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (id, document) in documents)
        {
            var command = new NpgsqlBatchCommand("INSERT INTO briefbot_documents (collection, id, body) VALUES (@collection, @id, @body) ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body");
            AddKey(command.Parameters, collection, id);
            command.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Jsonb) { Value = StateJson.Write(document) });
            batch.BatchCommands.Add(command);
        }

        if (batch.BatchCommands.Count > 0)
        {
            batch.ExecuteNonQuery();
        }
    }

    public static bool InsertIfAbsent<T>(NpgsqlConnection connection, string collection, string id, T document)
    {
        using var command = Command(connection, null, "INSERT INTO briefbot_documents (collection, id, body) VALUES (@collection, @id, @body) ON CONFLICT (collection, id) DO NOTHING", collection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Jsonb) { Value = StateJson.Write(document) });
        return command.ExecuteNonQuery() == 1;
    }

    public static bool Delete(NpgsqlConnection connection, string collection, string id)
    {
        using var command = Command(connection, null, "DELETE FROM briefbot_documents WHERE collection = @collection AND id = @id", collection);
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteNonQuery() == 1;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, string collection)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("collection", collection);
        return command;
    }

    private static void AddKey(NpgsqlParameterCollection parameters, string collection, string id)
    {
        parameters.AddWithValue("collection", collection);
        parameters.AddWithValue("id", id);
    }
}
