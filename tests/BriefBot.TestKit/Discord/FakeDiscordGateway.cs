using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace BriefBot.TestKit.Discord;

/// <summary>
/// A fake Discord Gateway: a real Kestrel WebSocket server on 127.0.0.1 with a random port, following
/// shared/protocols/discord.md §5. It sends Hello, checks Identify and Resume (token, intents, shard, version and
/// encoding), answers with READY or RESUMED (replaying missed dispatches), acks heartbeats unless told not to,
/// records everything the client sends, and lets a test script dispatches, op 7, op 9, close codes and drops.
/// </summary>
public sealed partial class FakeDiscordGateway : IAsyncDisposable
{
    public const string ExpectedToken = "test-bot-token";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<FakeGatewayConnection> _connections = [];
    private readonly List<FakeGatewayFrame> _frames = [];
    private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> _waiters = [];

    /// <summary>Dispatches of the current session by sequence, as a resume replays them.</summary>
    private readonly List<(long Sequence, string Json)> _dispatches = [];
    private string? _sessionId;
    private int _sessionCount;
    private long _sequence;
    private int _refused;
    private int _doubleIdentifies;

    private FakeDiscordGateway(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The URL <c>GET /gateway/bot</c> should hand out.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The URL READY names as <c>resume_gateway_url</c>; the same server, on another path.</summary>
    public Uri ResumeUrl { get; private set; } = null!;

    public int HeartbeatInterval { get; set; } = 41_250;

    /// <summary>When false, heartbeats are recorded but never acknowledged: a zombie connection.</summary>
    public bool AcknowledgeHeartbeats { get; set; } = true;

    /// <summary>When true, Identify is recorded but READY waits for <see cref="SendReadyAsync"/>.</summary>
    public bool HoldReady { get; set; }

    /// <summary>When true, WebSocket upgrades are refused with 503, so every connection attempt fails.</summary>
    public bool RefuseConnections { get; set; }

    /// <summary>Connection attempts refused while <see cref="RefuseConnections"/> was set.</summary>
    public int RefusedCount => Volatile.Read(ref _refused);

    /// <summary>Identifies for a shard that another open connection had already identified as.</summary>
    public int DoubleIdentifies
    {
        get
        {
            lock (_gate)
            {
                return _doubleIdentifies;
            }
        }
    }

    /// <summary>When set, every message goes out in WebSocket frames of at most this many bytes.</summary>
    public int? FragmentSize { get; set; }

    public string? SessionId
    {
        get
        {
            lock (_gate)
            {
                return _sessionId;
            }
        }
    }

    public IReadOnlyList<FakeGatewayConnection> Connections
    {
        get
        {
            lock (_gate)
            {
                return [.. _connections];
            }
        }
    }

    /// <summary>Everything the client sent, in order.</summary>
    public IReadOnlyList<FakeGatewayFrame> Frames
    {
        get
        {
            lock (_gate)
            {
                return [.. _frames];
            }
        }
    }

    public static async Task<FakeDiscordGateway> StartAsync(CancellationToken cancellationToken)
    {
        var (gateway, address) = await LoopbackServer.StartAsync(
            app => new FakeDiscordGateway(app) is var fake ? (fake, (RequestDelegate)fake.AcceptAsync) : default,
            webSockets: true,
            cancellationToken);
        gateway.Url = new Uri($"ws://{address.Authority}/gateway");
        gateway.ResumeUrl = new Uri($"ws://{address.Authority}/resume");
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in Connections)
        {
            connection.Abort();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var connection in Connections)
        {
            connection.Dispose();
        }
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (RefuseConnections)
        {
            Interlocked.Increment(ref _refused);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Signal();
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        FakeGatewayConnection connection;
        lock (_gate)
        {
            connection = new FakeGatewayConnection(_connections.Count + 1, context, socket);
            _connections.Add(connection);
        }

        Signal();
        int? closeCode = null;
        try
        {
            await SendAsync(connection, new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatInterval } });
            var buffer = new byte[64 * 1024];
            while (true)
            {
                using var message = new MemoryStream();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(), context.RequestAborted);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    closeCode = (int?)socket.CloseStatus;
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    break;
                }

                await ReceiveAsync(connection, System.Text.Encoding.UTF8.GetString(message.ToArray()));
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
            // The client or the test dropped the connection; Closed says so with no code.
        }
        finally
        {
            connection.MarkClosed(closeCode);
            Signal();
        }
    }

    private async Task ReceiveAsync(FakeGatewayConnection connection, string raw)
    {
        using var document = JsonDocument.Parse(raw);
        var root = document.RootElement;
        var op = root.GetProperty("op").GetInt32();
        var d = root.TryGetProperty("d", out var data) ? data.Clone() : default;
        // The answer goes out before the frame is recorded, so a test that saw the frame knows the answer is on its way ahead of anything it sends next.
        await AnswerAsync(connection, op, d);
        lock (_gate)
        {
            _frames.Add(new FakeGatewayFrame(connection.Number, op, d, raw));
        }

        Signal();
    }

    private async Task AnswerAsync(FakeGatewayConnection connection, int op, JsonElement d)
    {
        switch (op)
        {
            case 1 when AcknowledgeHeartbeats:
                await SendAsync(connection, new JsonObject { ["op"] = 11 });
                break;
            case 2:
                await IdentifyAsync(connection, d);
                break;
            case 6:
                await ResumeAsync(connection, d);
                break;
            default:
                break;
        }
    }
}
