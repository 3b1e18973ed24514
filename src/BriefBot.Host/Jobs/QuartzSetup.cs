using Quartz;

namespace BriefBot.Host.Jobs;

internal static class QuartzSetup
{
    /// <summary>Quartz in the worker: the digest job, swept every minute and at start; per-subscription triggers come from <see cref="DigestStartup"/>.</summary>
    public static IServiceCollection AddDigestScheduling(this IServiceCollection services)
    {
        // Quartz keeps schedulers in a process-wide registry by name: each host needs its own, or two hosts in one
        // process (tests, the CLI beside a server) would share one and stop each other's jobs.
        var properties = new System.Collections.Specialized.NameValueCollection { ["quartz.scheduler.instanceName"] = "briefbot-" + Guid.NewGuid().ToString("N") };
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
}
