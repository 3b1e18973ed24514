using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Transports;

/// <summary>
/// Requests refused at the signature gate. Each is counted on the <c>briefbot.requests.rejected</c> counter (tagged
/// by platform), but logged at most once per <see cref="LogInterval"/> per platform, with how many there were: a
/// flood of forged requests must not become a flood of log lines.
/// </summary>
public sealed partial class RejectedRequests : IDisposable
{
    public const string MeterName = "BriefBot";
    public const string CounterName = "briefbot.requests.rejected";
    public static readonly TimeSpan LogInterval = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time;
    private readonly ILogger<RejectedRequests> _logger;
    private readonly Counter<long> _counter;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long Unlogged, DateTimeOffset LoggedAt)> _platforms = new(StringComparer.Ordinal);

    public RejectedRequests(TimeProvider time, ILogger<RejectedRequests> logger)
    {
        _time = time;
        _logger = logger;
        Meter = new Meter(MeterName);
        _counter = Meter.CreateCounter<long>(CounterName, unit: "{request}", description: "Requests refused for a missing, stale or bad signature");
    }

    /// <summary>This instance's meter, so a test can listen to it alone.</summary>
    public Meter Meter { get; }

    public void Reject(string platform)
    {
        _counter.Add(1, new KeyValuePair<string, object?>("platform", platform));
        var now = _time.GetUtcNow();
        long count;
        lock (_gate)
        {
            var (unlogged, loggedAt) = _platforms.TryGetValue(platform, out var seen) ? seen : (0, DateTimeOffset.MinValue);
            unlogged++;
            if (now - loggedAt < LogInterval)
            {
                _platforms[platform] = (unlogged, loggedAt);
                return;
            }

            _platforms[platform] = (0, now);
            count = unlogged;
        }

        Log.Rejected(_logger, count, platform, LogInterval.TotalSeconds);
    }

    public void Dispose() => Meter.Dispose();

    private static partial class Log
    {
        [LoggerMessage(EventId = 1301, EventName = "RequestsRejected", Level = LogLevel.Information, Message = "Rejected {Count} {Platform} request(s) with a missing, stale or bad signature (logged at most once per {IntervalSeconds} s; every one is counted on briefbot.requests.rejected)")]
        public static partial void Rejected(ILogger logger, long count, string platform, double intervalSeconds);
    }
}
