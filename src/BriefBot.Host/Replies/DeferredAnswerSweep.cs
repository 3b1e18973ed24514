using BriefBot.Core.Replies;
using Microsoft.Extensions.Options;

namespace BriefBot.Host.Replies;

/// <summary>
/// Runs <see cref="DeferredAnswerSweeper"/> at start and every <see cref="DeferredAnswerOptions.SweepEvery"/>: with
/// PostgreSQL it finishes what a dead replica acknowledged; with the LiteDB file, what this process acknowledged
/// before it was restarted.
/// </summary>
internal sealed partial class DeferredAnswerSweep(DeferredAnswerSweeper sweeper, IOptions<DeferredAnswerOptions> options, TimeProvider time, ILogger<DeferredAnswerSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepEvery, time);
        do
        {
            try
            {
                sweeper.Sweep();
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
            {
                // The state may be down for a while; the next sweep tries again.
                Log.SweepFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4050, EventName = "DeferredAnswerSweepFailed", Level = LogLevel.Error, Message = "Looking for deferred answers left by other replicas failed; trying again at the next sweep")]
        public static partial void SweepFailed(ILogger logger, Exception exception);
    }
}
