using BriefBot.Core.Commands;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Replies;

/// <summary>
/// Finishes answers other replicas acknowledged and did not send: drops those whose token or URL has expired (too
/// late, and said once in the log), claims those whose lease ran out, answers each again from this replica's own
/// knowledge base and sends it through the platform's half. The claim is atomic, so each is sent once.
/// </summary>
public sealed partial class DeferredAnswerSweeper(DeferredAnswerLeases leases, IEnumerable<IDeferredAnswerPlatform> platforms, CommandDispatcher dispatcher, ILogger<DeferredAnswerSweeper> logger)
{
    private readonly Dictionary<string, IDeferredAnswerPlatform> _platforms = platforms.ToDictionary(p => p.Platform, StringComparer.Ordinal);

    /// <summary>One sweep; returns how many answers this replica took over.</summary>
    public int Sweep()
    {
        foreach (var dropped in leases.DropExpired())
        {
            Log.Dropped(logger, dropped.Platform, dropped.Command);
        }

        if (_platforms.Count == 0)
        {
            return 0;
        }

        var claimed = leases.Claim(_platforms.Keys);
        foreach (var lease in claimed)
        {
            var record = lease.Record;
            Log.TakenOver(logger, record.Platform, record.Command);
            var request = record.Request();
            _platforms[record.Platform].Resume(lease, token => dispatcher.DispatchAsync(request, token));
        }

        return claimed.Count;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1622, EventName = "DeferredAnswerDropped", Level = LogLevel.Warning, Message = "Dropped a {Platform} answer to /{Command}: its token expired before any replica sent it")]
        public static partial void Dropped(ILogger logger, string platform, string command);

        [LoggerMessage(EventId = 1623, EventName = "DeferredAnswerTakenOver", Level = LogLevel.Information, Message = "Took over a {Platform} answer to /{Command} whose replica stopped renewing it")]
        public static partial void TakenOver(ILogger logger, string platform, string command);
    }
}
