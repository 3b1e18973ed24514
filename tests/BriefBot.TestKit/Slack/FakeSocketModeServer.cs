using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefBot.TestKit.Slack;

/// <summary>
/// A fake Socket Mode endpoint (shared/protocols/slack.md §5): a real Kestrel WebSocket server on 127.0.0.1 with a
/// random port. <see cref="FakeSlackServer"/>'s apps.connections.open hands out its URLs, each with a single-use
/// ticket. It says hello (unless told not to), lets a test send envelopes and disconnects or drop a connection,
/// and records every ack by envelope_id and connection.
/// </summary>
public sealed partial class FakeSocketModeServer : IAsyncDisposable
{
    /// <summary>The only app-level token the fake Slack accepts for apps.connections.open.</summary>
    public const string AppToken = "xapp-1-A0BRIEFBOT-1000-0123456789abcdef";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _tickets = new(StringComparer.Ordinal);
    private readonly List<FakeSocketConnection> _connections = [];
    private readonly List<RecordedAck> _acks = [];
    private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private long _sequence;

    private FakeSocketModeServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Whether each new connection gets hello at once; false lets a test send it with <see cref="FakeSocketConnection.SendHelloAsync"/>.</summary>
    public bool SendsHello { get; set; } = true;

    public IReadOnlyList<FakeSocketConnection> Connections
    {
        get
        {
            lock (_gate)
            {
                return [.. _connections];
            }
        }
    }

    public IReadOnlyList<RecordedAck> Acks
    {
        get
        {
            lock (_gate)
            {
                return [.. _acks];
            }
        }
    }

    public static async Task<FakeSocketModeServer> StartAsync(CancellationToken cancellationToken)
    {
        var (server, address) = await LoopbackServer.StartAsync(
            app => new FakeSocketModeServer(app) is var fake ? (fake, (RequestDelegate)fake.HandleAsync) : default,
            webSockets: true,
            cancellationToken);
        server.BaseUrl = new Uri($"ws://{address.Authority}/");
        return server;
    }

    /// <summary>What apps.connections.open answers: a URL with a fresh ticket that works once (§5.1).</summary>
    public Uri NewConnectionUrl()
    {
        var ticket = Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            _tickets.Add(ticket);
        }

        return new Uri(BaseUrl, $"link/?ticket={ticket}&app_id={SlackPayloads.AppId}");
    }

    /// <summary>Completes once <paramref name="condition"/> holds; checked now and after every connection, close and ack.</summary>
    public Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiters.Add((condition, done));
        }

        if (condition())
        {
            done.TrySetResult();
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The <paramref name="number"/>th connection (1-based), once it is accepted.</summary>
    public async Task<FakeSocketConnection> WaitForConnectionAsync(int number, CancellationToken cancellationToken)
    {
        await WaitUntilAsync(() => Connections.Count >= number, cancellationToken);
        return Connections[number - 1];
    }

    /// <summary>The ack (first one) for <paramref name="envelopeId"/>.</summary>
    public async Task<RecordedAck> WaitForAckAsync(string envelopeId, CancellationToken cancellationToken)
    {
        await WaitUntilAsync(() => AcksFor(envelopeId).Count > 0, cancellationToken);
        return AcksFor(envelopeId)[0];
    }

    public IReadOnlyList<RecordedAck> AcksFor(string envelopeId) => [.. Acks.Where(a => a.EnvelopeId == envelopeId)];

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

    internal long NextSequence() => Interlocked.Increment(ref _sequence);

    internal void Record(RecordedAck ack)
    {
        lock (_gate)
        {
            _acks.Add(ack);
        }

        Changed();
    }

    internal void Changed()
    {
        List<(Func<bool> Condition, TaskCompletionSource Done)> waiters;
        lock (_gate)
        {
            waiters = [.. _waiters];
        }

        foreach (var waiter in waiters.Where(w => w.Condition()))
        {
            waiter.Done.TrySetResult();
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var ticket = context.Request.Query["ticket"].ToString();
        bool valid;
        lock (_gate)
        {
            valid = context.Request.Path == "/link/" && _tickets.Remove(ticket);
        }

        if (!context.WebSockets.IsWebSocketRequest || !valid)
        {
            // A reused or made-up ticket is refused, as Slack's URLs are single-use.
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        FakeSocketConnection connection;
        lock (_gate)
        {
            connection = new FakeSocketConnection(this, _connections.Count + 1, socket, context);
            _connections.Add(connection);
        }

        Changed();
        if (SendsHello)
        {
            await connection.SendHelloAsync();
        }

        await connection.RunAsync();
    }
}
