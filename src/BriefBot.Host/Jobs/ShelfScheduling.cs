using BriefBot.Core.Intake;
using Quartz;

namespace BriefBot.Host.Jobs;

internal static class ShelfScheduling
{
    /// <summary>The shelf intake the poll job runs; the job itself joins the Quartz setup through <see cref="AddShelfPollJob"/>.</summary>
    public static IServiceCollection AddShelfPolling(this IServiceCollection services) => services.AddShelfIntake();

    /// <summary>The shelf poll job, woken every minute (and at start) beside the digest jobs.</summary>
    public static void AddShelfPollJob(this IQuartzBuilder quartz)
    {
        quartz.AddJob<ShelfPollJob>(job => job.WithIdentity(ShelfPollJob.Job).StoreDurably());
        quartz.AddTrigger(trigger => trigger
            .ForJob(ShelfPollJob.Job)
            .WithIdentity("shelf:poll")
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }
}
