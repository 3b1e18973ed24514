using BriefBot.Core.Commands;
using BriefBot.Core.Transports;
using BriefBot.Slack.SocketMode;
using BriefBot.TestKit.Slack;
using BriefBot.TestKit.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace BriefBot.Slack.Tests.SocketMode;

/// <summary>
/// The Slack adapter as AddSlack composes it with only an app-level token (no signing secret), a fake Slack whose
/// apps.connections.open points at a fake Socket Mode server, scripted commands and a fake clock. The client runs
/// from <see cref="Run"/> until the rig is disposed. One per test.
/// </summary>
internal sealed class SocketModeRig : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private SocketModeRig(FakeSlackServer slack, FakeSocketModeServer socket, ObservableTimeProvider time, ServiceProvider provider)
    {
        Slack = slack;
        Socket = socket;
        Time = time;
        Provider = provider;
    }

    public FakeSlackServer Slack { get; }

    public FakeSocketModeServer Socket { get; }

    public ObservableTimeProvider Time { get; }

    public ServiceProvider Provider { get; }

    public TransportHealth Health => Provider.GetRequiredService<TransportHealth>();

    public TransportState? State => Health.Snapshot().SingleOrDefault(s => s.Name == SocketModeClient.HealthName);

    /// <summary>The client's run; completes when it stops for good or the rig is disposed.</summary>
    public Task Running { get; private set; } = Task.CompletedTask;

    public static async Task<SocketModeRig> StartAsync(IEnumerable<ICommandHandler> handlers, IReadOnlyDictionary<string, string?>? settings = null, BriefBot.TestKit.Logging.RecordingLoggerProvider? logs = null, BriefBot.Core.State.Replays.IReplayClaims? claims = null, bool sendsHello = true)
    {
        var ct = TestContext.Current.CancellationToken;
        var slack = await FakeSlackServer.StartAsync(ct);
        var socket = await FakeSocketModeServer.StartAsync(ct);
        socket.SendsHello = sendsHello;
        slack.SocketMode = socket;
        var time = new ObservableTimeProvider();
        var values = new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = FakeSocketModeServer.AppToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
            ["Slack:CheckTokenOnStart"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Debug);
                if (logs is not null)
                {
                    logging.AddProvider(logs);
                }
            })
            .AddSingleton<TimeProvider>(time)
            .AddCommandDispatcher();

        // Replicas under test share one set of claims, as AddBotState gives them.
        if (claims is not null)
        {
            services.AddSingleton(claims);
        }

        services.AddSlack(configuration);
        foreach (var handler in handlers)
        {
            services.AddSingleton(handler);
        }

        return new SocketModeRig(slack, socket, time, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Starts the client, as SocketModeHostedService does.</summary>
    public SocketModeRig Run()
    {
        Running = Provider.GetRequiredService<SocketModeClient>().RunAsync(_stop.Token);
        return this;
    }

    /// <summary>The first connection, once the bot has processed its hello (an events_api envelope sent after it is acked).</summary>
    public async Task<FakeSocketConnection> ConnectedAsync(int number = 1)
    {
        var connection = await Socket.WaitForConnectionAsync(number, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await AckedAsync(connection, "events_api", new System.Text.Json.Nodes.JsonObject { ["event_id"] = "Ev0PING" });
        return connection;
    }

    /// <summary>Sends an envelope and waits for its ack.</summary>
    public async Task<RecordedAck> AckedAsync(FakeSocketConnection connection, string type, System.Text.Json.Nodes.JsonNode payload, bool acceptsResponsePayload = true, int retryAttempt = 0, string? envelopeId = null)
    {
        var id = await connection.SendEnvelopeAsync(type, payload, acceptsResponsePayload, retryAttempt, envelopeId);
        return await Socket.WaitForAckAsync(id, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Running.WaitAsync(TimeSpan.FromSeconds(30));
        await Provider.DisposeAsync();
        await Socket.DisposeAsync();
        await Slack.DisposeAsync();
        _stop.Dispose();
    }
}
