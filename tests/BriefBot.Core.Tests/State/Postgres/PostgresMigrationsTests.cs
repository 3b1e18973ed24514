using BriefBot.Core.State.Postgres;
using BriefBot.TestKit.State;
using Npgsql;
using Xunit;

namespace BriefBot.Core.Tests.State.Postgres;

public sealed class PostgresMigrationsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replicas_starting_together_on_a_new_database_apply_each_migration_once()
    {
        Assert.SkipWhen(TestPostgres.Server is null, TestPostgres.SkipReason);
        using var database = TestPostgres.CreateDatabase();
        using var start = new Barrier(4);

        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(
            () =>
            {
                start.SignalAndWait(Ct);
                return PostgresBotState.Open(database.ConnectionString);
            },
            Ct)));
        using var again = PostgresBotState.Open(database.ConnectionString);
        foreach (var store in opened)
        {
            store.Dispose();
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT version FROM briefbot_schema_migrations ORDER BY version", connection);
        var versions = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            versions.Add(reader.GetInt32(0));
        }

        Assert.Equal(PostgresMigrations.All.Select(m => m.Version), versions);
    }

    [Fact]
    public void Migrations_are_numbered_without_gaps_from_one() =>
        Assert.Equal(Enumerable.Range(1, PostgresMigrations.All.Count), PostgresMigrations.All.Select(m => m.Version));
}
