using BriefBot.Core.Digests;
using BriefBot.Core.State;
using BriefBot.Core.State.Postgres;
using BriefBot.Core.State.Replays;
using BriefBot.Host.Jobs;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.State;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using Xunit;

namespace BriefBot.Host.Tests.Jobs;

/// <summary>The real host on PostgreSQL state: bot state in the database, Quartz clustered in the same one.</summary>
public sealed class ClusteredSchedulingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_postgres_state_the_host_keeps_subscriptions_and_triggers_in_the_database_and_clusters_quartz()
    {
        Assert.SkipWhen(TestPostgres.Server is null, TestPostgres.SkipReason);
        using var database = TestPostgres.CreateDatabase();
        using var shelf = new TestShelf().WithArticle("a", "Harbour", "2031-01-01", "Quentin Hale met Ana Berg on January 1, 2031.");

        await using (var host = await TestHost.StartAsync([.. shelf.HostArguments, "--State:Provider", "postgres", "--State:ConnectionString", database.ConnectionString, "--Digests:Subscriptions:0:Channel", "team"]))
        {
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
            var metadata = await scheduler.GetMetadata(Ct);

            Assert.IsType<PostgresBotState>(host.Services.GetRequiredService<IBotState>());
            Assert.IsType<PostgresReplayClaims>(host.Services.GetRequiredService<IReplayClaims>());
            Assert.True(metadata.JobStoreClustered);
            Assert.True(metadata.JobStorePersistent);
            Assert.Equal(QuartzSetup.ClusterName, metadata.SchedulerName);
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        Assert.Equal(1L, await CountAsync(connection, "SELECT count(*) FROM briefbot_documents WHERE collection = 'subscriptions' AND id = @id", Subscription.IdFor("outbox", "team")));
        Assert.Equal(1L, await CountAsync(connection, "SELECT count(*) FROM qrtz_triggers WHERE sched_name = @id", QuartzSetup.ClusterName, "AND trigger_name = 'digest:outbox:team'"));
        Assert.False(File.Exists(shelf.StatePath));
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql, string id, string more = "")
    {
        await using var command = new NpgsqlCommand(sql + " " + more, connection);
        command.Parameters.AddWithValue("id", id);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
