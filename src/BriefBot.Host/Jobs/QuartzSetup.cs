using BriefBot.Core.State;
using Quartz;

namespace BriefBot.Host.Jobs;

internal static class QuartzSetup
{
    /// <summary>Scheduler name shared by the replicas of a cluster: Quartz clusters the schedulers of one name.</summary>
    public const string ClusterName = "briefbot";

    /// <summary>
    /// Quartz in the worker: the digest job, swept every minute and at start; per-subscription triggers come from
    /// <see cref="DigestStartup"/>. In memory by default; with PostgreSQL state, one clustered ADO.NET job store in
    /// the same database, so each trigger fires on one replica only.
    /// </summary>
    public static IServiceCollection AddDigestScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var state = configuration.GetSection(StateOptions.SectionName).Get<StateOptions>() ?? new StateOptions();
        var clustered = state.IsPostgres && !string.IsNullOrWhiteSpace(state.ConnectionString);

        // Quartz keeps schedulers in a process-wide registry by name: each in-memory host needs its own, or two hosts
        // in one process (tests, the CLI beside a server) would share one and stop each other's jobs.
        var properties = new System.Collections.Specialized.NameValueCollection { ["quartz.scheduler.instanceName"] = clustered ? ClusterName : "briefbot-" + Guid.NewGuid().ToString("N") };
        if (clustered)
        {
            UseClusteredStore(properties, state.ConnectionString!);
        }

        services.AddQuartz(properties, quartz =>
        {
            quartz.AddJob<DigestJob>(job => job.WithIdentity(DigestStartup.Job).StoreDurably());

            // The sweep delivers what a trigger could not: catch-up after downtime, retries, new subscriptions.
            quartz.AddTrigger(trigger => trigger
                .ForJob(DigestStartup.Job)
                .WithIdentity("digest:sweep")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));

            // Feeds, links and PDFs onto the shelf (ShelfScheduling).
            quartz.AddShelfPollJob();
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHostedService<DigestStartup>();
        return services;
    }

    /// <summary>
    /// Quartz's standard qrtz_ tables in the state database, created by the bot state migrations (0002) before the
    /// scheduler starts; job data as strings only (useProperties), which is all BriefBot's triggers carry.
    /// </summary>
    private static void UseClusteredStore(System.Collections.Specialized.NameValueCollection properties, string connectionString)
    {
        properties["quartz.scheduler.instanceId"] = "AUTO";
        properties["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz";
        properties["quartz.jobStore.driverDelegateType"] = "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz";
        properties["quartz.jobStore.dataSource"] = "state";
        properties["quartz.dataSource.state.provider"] = "Npgsql";
        properties["quartz.dataSource.state.connectionString"] = connectionString;
        properties["quartz.jobStore.tablePrefix"] = "qrtz_";
        properties["quartz.jobStore.useProperties"] = "true";
        properties["quartz.jobStore.clustered"] = "true";
    }
}
