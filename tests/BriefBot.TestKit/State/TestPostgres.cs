using Npgsql;

namespace BriefBot.TestKit.State;

/// <summary>
/// The test PostgreSQL server named by BRIEFBOT_TEST_POSTGRES (.ci/run starts one; see .ci/postgres). Each test
/// gets a database of its own, dropped when disposed, so tests run in parallel without seeing each other's state
/// or advisory locks (which are per database).
/// </summary>
public sealed class TestPostgres : IDisposable
{
    public const string Variable = "BRIEFBOT_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _database;

    private TestPostgres(string server, string database, string connectionString)
    {
        _server = server;
        _database = database;
        ConnectionString = connectionString;
    }

    /// <summary>The server's connection string, or null when no test server is given.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string SkipReason => $"{Variable} is not set: no PostgreSQL to test against (.ci/run starts one; locally: source .ci/postgres && start_test_postgres)";

    /// <summary>A connection string to a new, empty database.</summary>
    public string ConnectionString { get; }

    public static TestPostgres CreateDatabase()
    {
        var server = Server ?? throw new InvalidOperationException(SkipReason);
        var database = "briefbot_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = database };
        return new TestPostgres(server, database, builder.ConnectionString);
    }

    public void Dispose()
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
