using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.State;
using Microsoft.Extensions.Options;
using Quartz;

namespace BriefBot.Host.Jobs;

/// <summary>
/// At start: turns configured subscriptions into stored ones, stamps what the shelf holds after every rebuild,
/// and gives each subscription its own Quartz cron trigger in its time zone.
/// </summary>
internal sealed partial class DigestStartup(
    IBotState state,
    DigestRunner runner,
    KnowledgeStore knowledge,
    ISchedulerFactory schedulers,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestStartup> logger) : IHostedService
{
    public static readonly JobKey Job = new("digest");

    private int _sweptOnFirstLoad;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ConfiguredSubscriptions.Apply(state, options.Value, time.GetUtcNow().UtcDateTime);
        knowledge.Rebuilt += OnRebuilt;
        if (knowledge.IsLoaded)
        {
            runner.ObserveShelf();
        }
        else
        {
            // The start-up sweep skips digests while the base is still building (a quiet digest of a busy week);
            // sweep again the moment it is ready, so a digest missed during downtime goes out now, not a minute later.
            knowledge.Loaded += OnFirstLoad;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var subscription in state.AllSubscriptions())
        {
            if (!DigestScheduleParser.TryParse(subscription.Schedule, out var schedule, out var error))
            {
                Log.BadSchedule(logger, subscription.Id, error);
                continue;
            }

            var trigger = TriggerBuilder.Create()
                .WithIdentity("digest:" + subscription.Id)
                .ForJob(Job)
                .UsingJobData(DigestJob.SubscriptionKey, subscription.Id)
                .WithCronSchedule(schedule.QuartzCron, cron => cron.InTimeZone(schedule.TimeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
                .Build();
            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
            var described = schedule.ToString();
            Log.Scheduled(logger, subscription.Id, described, subscription.Platform);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        knowledge.Rebuilt -= OnRebuilt;
        knowledge.Loaded -= OnFirstLoad;
        return Task.CompletedTask;
    }

    private async void OnFirstLoad(object? sender, EventArgs e)
    {
        if (Interlocked.Exchange(ref _sweptOnFirstLoad, 1) == 1)
        {
            return;
        }

        knowledge.Loaded -= OnFirstLoad;
        try
        {
            var scheduler = await schedulers.GetScheduler();
            await scheduler.TriggerJob(Job);
        }
        catch (Exception ex) when (ex is SchedulerException or ObjectDisposedException or InvalidOperationException)
        {
            // The minute sweep still comes; this one only makes it sooner.
            Log.SweepNotTriggered(logger, ex);
        }
    }

    private void OnRebuilt(object? sender, EventArgs e)
    {
        try
        {
            runner.ObserveShelf();
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or Npgsql.NpgsqlException or IOException or InvalidOperationException)
        {
            // A failed stamp only delays "new" to the next rebuild or digest; it must not fail the rebuild.
            Log.ObserveFailed(logger, ex);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4105, EventName = "SweepNotTriggered", Level = LogLevel.Warning, Message = "Could not sweep digests when the knowledge base loaded; the minute sweep will")]
        public static partial void SweepNotTriggered(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 4102, EventName = "DigestScheduled", Level = LogLevel.Information, Message = "Digest {SubscriptionId}: {Schedule}, delivered to {Platform}")]
        public static partial void Scheduled(ILogger logger, string subscriptionId, string schedule, string platform);

        [LoggerMessage(EventId = 4104, EventName = "ShelfObserveFailed", Level = LogLevel.Warning, Message = "Could not note the shelf's changes in bot state")]
        public static partial void ObserveFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 4103, EventName = "DigestBadSchedule", Level = LogLevel.Warning, Message = "Digest {SubscriptionId} has a schedule that cannot be read: {Error}")]
        public static partial void BadSchedule(ILogger logger, string subscriptionId, string error);
    }
}
