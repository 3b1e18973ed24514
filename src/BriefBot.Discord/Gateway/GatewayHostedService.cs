using System.Net;
using System.Text.Json;
using BriefBot.Core.State;
using BriefBot.Core.State.Postgres;
using BriefBot.Core.State.Shards;
using BriefBot.Core.Transports;
using BriefBot.Discord.Gateway.Leases;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// Runs the Gateway shards of this process: asks <c>GET /gateway/bot</c> where to connect, how many shards Discord
/// recommends and how many sessions may start (§5.1), then keeps one connection per shard until the host stops.
/// </summary>
internal sealed partial class GatewayHostedService(
    IServiceProvider services,
    IOptions<DiscordOptions> options,
    GatewayInteractions interactions,
    TransportHealth health,
    GatewayJitter jitter,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    /// <summary>Stands for the shards on /readyz until their number is known, so the host is not ready too early.</summary>
    public const string StartingName = "discord gateway";

    public static readonly Uri DefaultGatewayUrl = new("wss://gateway.discord.gg");

    private readonly ILogger _logger = loggers.CreateLogger<GatewayHostedService>();

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        health.Report(StartingName, connected: false, "asking Discord where to connect");
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var shards = new List<GatewayShard>();
        try
        {
            if (await GatewayBotAsync(stoppingToken) is not { } info)
            {
                return;
            }

            var count = settings.ShardCount ?? Math.Max(1, info.Shards);
            var url = Uri.TryCreate(info.Url, UriKind.Absolute, out var given) ? given : DefaultGatewayUrl;
            var slots = services.GetService<IStartSlots>() ?? new InMemoryStartSlots(time);
            var startGate = new SessionStartGate(info.SessionStartLimit, slots, time);
            GatewayShard NewShard(int id) => new(id, count, url, settings.BotToken!.Trim(), startGate, interactions, health, jitter, time, loggers.CreateLogger<GatewayShard>());

            // Shards named in the settings are this process's alone; otherwise replicas on PostgreSQL share them by lease.
            if (settings.FixedShardIds is null && services.GetService<IBotState>() is PostgresBotState shared)
            {
                var leased = new LeasedShards(shared.ShardLeases(time), services.GetRequiredService<ReplicaIdentity>(), count, settings.ShardLease, NewShard, health, time, loggers.CreateLogger<LeasedShards>());
                health.Report(StartingName, connected: false, "claiming shard leases");
                await leased.RunAsync(stoppingToken);
                return;
            }

            shards.AddRange((settings.FixedShardIds ?? Enumerable.Range(0, count)).Select(NewShard));
            foreach (var shard in shards)
            {
                health.Report(shard.Name, connected: false, "connecting");
            }

            health.Forget(StartingName);
            Log.Starting(_logger, shards.Count, count);
            await Task.WhenAll(shards.Select(s => s.RunAsync(stoppingToken)));
        }
        finally
        {
            if (stoppingToken.IsCancellationRequested)
            {
                health.Forget(StartingName);
                foreach (var shard in shards)
                {
                    health.Forget(shard.Name);
                }
            }
        }
    }

    /// <summary>Retries with backoff until Discord answers; a refused token stops the Gateway with one clear error.</summary>
    private async Task<GatewayBotInfo?> GatewayBotAsync(CancellationToken stoppingToken)
    {
        var backoff = new GatewayBackoff(jitter);
        while (true)
        {
            try
            {
                return await services.GetRequiredService<DiscordRestClient>().GetGatewayBotAsync(stoppingToken);
            }
            catch (DiscordRestException ex) when (ex.Status == HttpStatusCode.Unauthorized)
            {
                Log.TokenRefused(_logger);
                health.Report(StartingName, connected: false, "stopped: Discord refused the bot token; fix Discord__BotToken");
                return null;
            }
            catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or JsonException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
            {
                var wait = backoff.Next();
                Log.GatewayUrlFailed(_logger, wait.TotalSeconds, ex);
                health.Report(StartingName, connected: false, "could not reach Discord's GET /gateway/bot; retrying");
                await Task.Delay(wait, time, stoppingToken);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2431, EventName = "GatewayStarting", Level = LogLevel.Information, Message = "Discord Gateway: running {Shards} of {ShardCount} shards in this process")]
        public static partial void Starting(ILogger logger, int shards, int shardCount);

        [LoggerMessage(EventId = 2432, EventName = "GatewayTokenRefused", Level = LogLevel.Error, Message = "Discord Gateway not started: Discord refused the bot token (HTTP 401). Set Discord__BotToken to the token on the Developer Portal's Bot page")]
        public static partial void TokenRefused(ILogger logger);

        [LoggerMessage(EventId = 2433, EventName = "GatewayUrlFailed", Level = LogLevel.Warning, Message = "Discord Gateway: GET /gateway/bot failed; retrying in {DelaySeconds} s")]
        public static partial void GatewayUrlFailed(ILogger logger, double delaySeconds, Exception exception);
    }
}
