using BriefBot.Core.Intake;
using Microsoft.Extensions.Options;
using Quartz;

namespace BriefBot.Host.Jobs;

/// <summary>
/// Thin Quartz job: takes in configured feeds, reads PDFs dropped on the shelf and polls the feeds whose time has
/// come. Each feed keeps its own interval and backoff in bot state, so a wake-up every minute costs nothing.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ShelfPollJob(ShelfIntake intake, IOptions<ShelfOptions> options, IHostApplicationLifetime lifetime, ILogger<ShelfPollJob> logger) : IJob
{
    public static readonly JobKey Job = new("shelf-poll");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken, lifetime.ApplicationStopping);
        try
        {
            ConfiguredFeeds.Apply(intake, options.Value);
            intake.ImportDroppedPdfs(stopping.Token);
            await intake.PollDueAsync(all: false, progress: null, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Feeds keep their own failures and backoff; this is what escaped them (disk, state file). The next minute tries again.
            Log.Failed(logger, ex);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4201, EventName = "ShelfPollFailed", Level = LogLevel.Error, Message = "Shelf poll failed; it runs again in a minute")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
