using BriefBot.Core.Commands;
using BriefBot.Core.State;
using BriefBot.Core.Transports;
using BriefBot.Discord.Gateway;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Logging;
using BriefBot.TestKit.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace BriefBot.Discord.Tests.Gateway;

/// <summary>
/// The Discord adapter in gateway mode as <c>AddDiscord</c> composes it, against a fake REST API and a fake
/// Gateway on 127.0.0.1, with a fake clock and jitter fixed at 0.5. One per test.
/// </summary>
internal sealed class GatewayServices : IAsyncDisposable
{
    /// <summary>With jitter 0.5 the first heartbeat waits half the fake Gateway's 41 250 ms interval.</summary>
    public static readonly TimeSpan FirstHeartbeat = TimeSpan.FromMilliseconds(20_625);

    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(41_250);

    /// <summary>The first reconnect delay: 1 s shortened by jitter 0.5 × 20 %.</summary>
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(900);

    private GatewayServices(FakeDiscordServer rest, FakeDiscordGateway gateway, ObservableTimeProvider time, ServiceProvider provider)
    {
        Rest = rest;
        Gateway = gateway;
        Time = time;
        Provider = provider;
        Service = provider.GetServices<IHostedService>().OfType<GatewayHostedService>().Single();
    }

    public FakeDiscordServer Rest { get; }

    public FakeDiscordGateway Gateway { get; }

    public ObservableTimeProvider Time { get; }

    /// <summary>Every log entry, at Debug and above: how a test learns that the client has processed a frame.</summary>
    public RecordingLoggerProvider Logs { get; private init; } = null!;

    public ServiceProvider Provider { get; }

    public GatewayHostedService Service { get; }

    public TransportHealth Health => Provider.GetRequiredService<TransportHealth>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Starts the fakes and the Gateway service. <paramref name="gatewayBot"/> adjusts <c>GET /gateway/bot</c>;
    /// <paramref name="beforeStart"/> scripts the fake Gateway before the first connection; <paramref name="postgres"/>
    /// puts the bot state in that database, as replicas have it.
    /// </summary>
    public static async Task<GatewayServices> StartAsync(
        IEnumerable<ICommandHandler> handlers,
        IReadOnlyDictionary<string, string?>? settings = null,
        Func<FakeGatewayBot, FakeGatewayBot>? gatewayBot = null,
        Action<FakeDiscordGateway>? beforeStart = null,
        string? postgres = null)
    {
        var rest = await FakeDiscordServer.StartAsync(Ct);
        var gateway = await FakeDiscordGateway.StartAsync(Ct);
        var bot = new FakeGatewayBot { Url = gateway.Url };
        rest.GatewayBot = gatewayBot?.Invoke(bot) ?? bot;
        beforeStart?.Invoke(gateway);
        var time = new ObservableTimeProvider();
        var values = new Dictionary<string, string?>
        {
            ["Discord:ApplicationId"] = InteractionPayloads.ApplicationId,
            ["Discord:BotToken"] = FakeDiscordGateway.ExpectedToken,
            ["Discord:ApiBaseUrl"] = rest.ApiBaseUrl.AbsoluteUri,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        if (postgres is not null)
        {
            values["State:Provider"] = "postgres";
            values["State:ConnectionString"] = postgres;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs))
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(new GatewayJitter(() => 0.5))
            .AddCommandDispatcher()
            .AddDiscord(configuration);
        if (postgres is not null)
        {
            // Replicas' state: shard leases and identify turns in PostgreSQL.
            services.AddSingleton<IConfiguration>(configuration).AddBotState();
        }

        foreach (var handler in handlers)
        {
            services.AddSingleton(handler);
        }

        var result = new GatewayServices(rest, gateway, time, services.BuildServiceProvider(validateScopes: true)) { Logs = logs };
        await result.Service.StartAsync(Ct);
        return result;
    }

    /// <summary>Starts and waits until the first shard is READY.</summary>
    public static async Task<GatewayServices> StartReadyAsync(IEnumerable<ICommandHandler> handlers)
    {
        var services = await StartAsync(handlers);
        await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);
        await services.Gateway.SyncAsync(Ct);
        await services.Logs.WhenLoggedAsync(e => e.EventId.Name == "GatewayReady", Ct);
        return services;
    }

    public TransportState? Shard(string name = "discord gateway shard 0/1") => Health.Snapshot().SingleOrDefault(s => s.Name == name);

    /// <summary>Waits for the reconnect delay, moves the clock past it, and waits for the next connection.</summary>
    public async Task<FakeGatewayConnection> ReconnectAfterAsync(TimeSpan delay, int connection)
    {
        await Time.AdvanceWhenWaitingAsync(delay, Ct);
        return await Gateway.WaitForConnectionAsync(connection, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Service.StopAsync(CancellationToken.None);
        await Provider.DisposeAsync();
        await Gateway.DisposeAsync();
        await Rest.DisposeAsync();
    }
}
