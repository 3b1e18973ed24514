using System.Data.Common;
using BriefBot.Core.Transports;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// One Gateway shard: connects, identifies or resumes, heartbeats, hands interactions on, and reconnects with
/// backoff until the host stops or Discord says reconnecting cannot help (shared/protocols/discord.md §5).
/// </summary>
internal sealed partial class GatewayShard
{
    private readonly Uri _gatewayUrl;
    private readonly string _token;
    private readonly SessionStartGate _startGate;
    private readonly GatewayInteractions _interactions;
    private readonly TransportHealth _health;
    private readonly GatewayJitter _jitter;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewayShard> _logger;

    private string? _sessionId;
    private Uri? _resumeUrl;

    /// <summary>Last dispatch sequence number, -1 for none; read by the heartbeat loop, hence Volatile.</summary>
    private long _sequence = -1;

    /// <summary>Whether the current connection sent Identify, which uses up one of the day's session starts.</summary>
    private bool _identifySent;

    /// <summary>Whether the current connection reached READY or RESUMED, which resets the backoff.</summary>
    private bool _reachedReady;

    public GatewayShard(
        int shardId,
        int shardCount,
        Uri gatewayUrl,
        string token,
        SessionStartGate startGate,
        GatewayInteractions interactions,
        TransportHealth health,
        GatewayJitter jitter,
        TimeProvider time,
        ILogger<GatewayShard> logger)
    {
        ShardId = shardId;
        ShardCount = shardCount;
        _gatewayUrl = gatewayUrl;
        _token = token;
        _startGate = startGate;
        _interactions = interactions;
        _health = health;
        _jitter = jitter;
        _time = time;
        _logger = logger;
    }

    public int ShardId { get; }

    public int ShardCount { get; }

    /// <summary>The name on /readyz.</summary>
    public string Name => $"discord gateway shard {ShardId}/{ShardCount}";

    private string Shard => $"{ShardId}/{ShardCount}";

    private long? Sequence => Volatile.Read(ref _sequence) is var s && s >= 0 ? s : null;

    /// <summary>Runs until <paramref name="stoppingToken"/> fires or a close code forbids reconnecting.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var backoff = new GatewayBackoff(_jitter);
        _health.Report(Name, connected: false, "connecting");
        try
        {
            while (true)
            {
                var resume = _sessionId is not null && _resumeUrl is not null;
                if (!resume)
                {
                    await WaitForIdentifyTurnAsync(stoppingToken);
                }

                _reachedReady = false;
                _identifySent = false;
                var end = await RunConnectionAsync(resume, stoppingToken);
                if (!resume && !_identifySent)
                {
                    _startGate.Refund();
                }

                if (end.Next == GatewayNext.Stop)
                {
                    Log.Stopped(_logger, Shard, end.Reason);
                    _health.Report(Name, connected: false, "stopped: " + end.Reason);
                    return;
                }

                if (end.Next == GatewayNext.Identify)
                {
                    _sessionId = null;
                    _resumeUrl = null;
                    Volatile.Write(ref _sequence, -1);
                }

                if (_reachedReady)
                {
                    backoff.Reset();
                }

                var wait = end.Wait ?? backoff.Next();
                Log.Reconnecting(_logger, Shard, end.Reason, wait.TotalSeconds, end.Next == GatewayNext.Resume);
                _health.Report(Name, connected: false, "reconnecting: " + end.Reason);
                await Task.Delay(wait, _time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Log.ShuttingDown(_logger, Shard);
        }
    }

    private async Task WaitForIdentifyTurnAsync(CancellationToken stoppingToken)
    {
        while (await ReserveAsync(stoppingToken) is { Wait: var wait } turn && wait > TimeSpan.Zero)
        {
            if (turn.AllowanceUsedUp)
            {
                Log.IdentifyAllowanceUsedUp(_logger, Shard, wait.TotalSeconds);
                _health.Report(Name, connected: false, $"waiting {Math.Ceiling(wait.TotalMinutes)} min: Discord's daily session-start limit is used up");
            }

            await Task.Delay(wait, _time, stoppingToken);
        }
    }

    /// <summary>Shared turns live in PostgreSQL; while it cannot be asked, no turn is taken and the shard waits.</summary>
    private async Task<(TimeSpan Wait, bool AllowanceUsedUp)> ReserveAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await _startGate.ReserveAsync(ShardId, stoppingToken);
        }
        catch (Exception ex) when (ex is DbException or TimeoutException && !stoppingToken.IsCancellationRequested)
        {
            Log.IdentifyTurnFailed(_logger, Shard, SessionStartGate.BucketSpacing.TotalSeconds, ex);
            _health.Report(Name, connected: false, "waiting: cannot reach the shared state to take an identify turn");
            return (SessionStartGate.BucketSpacing, false);
        }
    }
}
