using System.Globalization;
using Npgsql;

namespace BriefBot.Core.State.Postgres;

/// <summary>
/// Brings the schema up to date at start: the numbered scripts in Migrations/ run in order, each once, each in a
/// transaction with its version recorded. A session advisory lock serialises replicas starting together: the
/// second waits, then finds every version applied and does nothing.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>Advisory lock key for migrations ("BriefMig" in ASCII); delivery keys are hashes, so never this.</summary>
    public const long LockKey = 0x4272_6965_664D_6967;

    private const string ResourcePrefix = "BriefBot.Core.State.Postgres.Migrations.";

    /// <summary>The scripts, by version: the number before the first underscore of each file name.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } = Load();

    public static void Apply(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        Execute(connection, null, "SELECT pg_advisory_lock(@key)", ("key", LockKey));
        try
        {
            Execute(connection, null, "CREATE TABLE IF NOT EXISTS briefbot_schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_utc timestamptz NOT NULL DEFAULT now())");
            var applied = new HashSet<int>();
            using (var read = new NpgsqlCommand("SELECT version FROM briefbot_schema_migrations", connection))
            using (var reader = read.ExecuteReader())
            {
                while (reader.Read())
                {
                    applied.Add(reader.GetInt32(0));
                }
            }

            foreach (var (version, name, sql) in All.Where(m => !applied.Contains(m.Version)))
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, sql);
                Execute(connection, transaction, "INSERT INTO briefbot_schema_migrations (version, name) VALUES (@version, @name)", ("version", version), ("name", name));
                transaction.Commit();
            }
        }
        finally
        {
            Execute(connection, null, "SELECT pg_advisory_unlock(@key)", ("key", LockKey));
        }
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = typeof(PostgresMigrations).Assembly;
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var text = new StreamReader(stream);
            scripts.Add((version, Path.GetFileNameWithoutExtension(name), text.ReadToEnd()));
        }

        return [.. scripts.OrderBy(s => s.Item1)];
    }
}
