using System.Net.WebSockets;
using System.Text.Json;

namespace BriefBot.Discord.Gateway;

internal sealed partial class GatewayShard
{
    /// <summary>Any close code but 1000/1001 keeps the session resumable (§5.6); 4000–4999 is the private range.</summary>
    public const int ResumableCloseCode = 4900;

    /// <summary>Discord sends Hello at once; a server silent this long is not a Gateway.</summary>
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>One connection from connect to close; never throws but for shutdown.</summary>
    private async Task<GatewayDisconnect> RunConnectionAsync(bool resume, CancellationToken stoppingToken)
    {
        var next = resume ? GatewayNext.Resume : GatewayNext.Identify;
        var url = WithVersion(resume ? _resumeUrl! : _gatewayUrl);
        GatewaySocket socket;
        try
        {
            socket = await GatewaySocket.ConnectAsync(url, _time, stoppingToken);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException && !stoppingToken.IsCancellationRequested)
        {
            return new GatewayDisconnect(next, "could not connect to the Gateway");
        }

        await using var _ = socket;

        // Not linked to shutdown: cancelling a receive aborts the socket, and shutdown should close it with 1000 instead.
        using var lifetime = new CancellationTokenSource();
        var connection = new GatewayConnection(socket, lifetime);
        Task shutdown = Task.CompletedTask;
        await using var onStop = stoppingToken.Register(() => shutdown = CloseForShutdownAsync(connection));
        Task heartbeat = Task.CompletedTask;
        try
        {
            var hello = await ReceiveHelloAsync(socket, connection.Token);
            if (hello is not { HeartbeatInterval: > 0 })
            {
                return new GatewayDisconnect(next, "the Gateway did not start with Hello");
            }

            heartbeat = HeartbeatAsync(connection, TimeSpan.FromMilliseconds(hello.HeartbeatInterval));
            if (resume)
            {
                Log.Resuming(_logger, Shard, Sequence);
                await socket.SendAsync(new GatewayCommand((int)GatewayOpcode.Resume, new ResumeData(_token, _sessionId!, Sequence)), connection.Token);
            }
            else
            {
                Log.Identifying(_logger, Shard);
                _identifySent = true;
                await socket.SendAsync(new GatewayCommand((int)GatewayOpcode.Identify, Identify()), connection.Token);
            }

            while (true)
            {
                var payload = await socket.ReceiveAsync(connection.Token);
                if (payload is null)
                {
                    stoppingToken.ThrowIfCancellationRequested();
                    return GatewayCloseCodes.Classify(socket.CloseStatus);
                }

                if (await HandleAsync(payload, connection) is { } end)
                {
                    return end;
                }
            }
        }
        catch (OperationCanceledException) when (connection.End is { } end && !stoppingToken.IsCancellationRequested)
        {
            return end;
        }
        catch (WebSocketException) when (!stoppingToken.IsCancellationRequested)
        {
            return new GatewayDisconnect(GatewayNext.Resume, "the connection dropped");
        }
        catch (Exception ex) when (ex is JsonException or GatewayMessageTooLargeException)
        {
            Log.Unreadable(_logger, Shard, ex);
            return new GatewayDisconnect(GatewayNext.Resume, "the Gateway sent an unreadable message");
        }
        finally
        {
            await lifetime.CancelAsync();
            await heartbeat;
            await shutdown;
            using var closing = new CancellationTokenSource(CloseTimeout, _time);
            await socket.CloseAsync(stoppingToken.IsCancellationRequested ? (int)WebSocketCloseStatus.NormalClosure : ResumableCloseCode, closing.Token);
        }
    }

    /// <summary>
    /// Closing with 1000 ends the session, so the bot goes offline at once rather than after a timeout (§5.6).
    /// The server's reply ends the receive loop; a server that never replies is cut off after a few seconds.
    /// </summary>
    private async Task CloseForShutdownAsync(GatewayConnection connection)
    {
        try
        {
            using var closing = new CancellationTokenSource(CloseTimeout, _time);
            await connection.Socket.CloseAsync((int)WebSocketCloseStatus.NormalClosure, closing.Token);
            await Task.Delay(CloseTimeout, _time, connection.Token);
            await connection.EndAsync(new GatewayDisconnect(GatewayNext.Stop, "the host is stopping"));
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The receive loop ended first (the usual case) and the connection is already over.
        }
    }

    private async Task<HelloEvent?> ReceiveHelloAsync(GatewaySocket socket, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(HelloTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var first = await socket.ReceiveAsync(linked.Token);
            return first is { Op: (int)GatewayOpcode.Hello } ? first.D.Deserialize<HelloEvent>(DiscordJson.Options) : null;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Null to keep reading, or how the connection ends.</summary>
    private async Task<GatewayDisconnect?> HandleAsync(GatewayPayload payload, GatewayConnection connection)
    {
        Log.Received(_logger, Shard, payload.Op, payload.T, payload.S);
        switch ((GatewayOpcode)payload.Op)
        {
            case GatewayOpcode.Dispatch:
                Dispatch(payload);
                return null;
            case GatewayOpcode.Heartbeat:
                // The server asks for a heartbeat now (§5.2); it does not change the ACK bookkeeping.
                await connection.Socket.SendAsync(new GatewayCommand((int)GatewayOpcode.Heartbeat, Sequence), connection.Token);
                return null;
            case GatewayOpcode.HeartbeatAck:
                connection.HeartbeatAcked = true;
                Log.HeartbeatAcked(_logger, Shard);
                return null;
            case GatewayOpcode.Reconnect:
                return new GatewayDisconnect(GatewayNext.Resume, "Discord asked to reconnect (op 7)");
            case GatewayOpcode.InvalidSession when payload.D.ValueKind == JsonValueKind.True:
                return new GatewayDisconnect(GatewayNext.Resume, "Discord invalidated the session but allows a resume (op 9)");
            case GatewayOpcode.InvalidSession:
                // Discord asks for a random 1–5 s wait before identifying again (§5.6).
                return new GatewayDisconnect(GatewayNext.Identify, "Discord invalidated the session (op 9)", TimeSpan.FromMilliseconds(1000 + Math.Floor(4000 * _jitter.Next())));
            default:
                return null;
        }
    }

    private void Dispatch(GatewayPayload payload)
    {
        if (payload.S is { } sequence)
        {
            Volatile.Write(ref _sequence, sequence);
        }

        switch (payload.T)
        {
            case "READY":
                var ready = payload.D.Deserialize<ReadyEvent>(DiscordJson.Options);
                _sessionId = ready?.SessionId;
                _resumeUrl = Uri.TryCreate(ready?.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl) ? resumeUrl : _gatewayUrl;
                _reachedReady = true;
                Log.Ready(_logger, Shard);
                _health.Report(Name, connected: true, "ready");
                break;
            case "RESUMED":
                _reachedReady = true;
                Log.Resumed(_logger, Shard);
                _health.Report(Name, connected: true, "resumed");
                break;
            case "INTERACTION_CREATE":
                _interactions.Receive(payload.D);
                break;
            default:
                break;
        }
    }

    private IdentifyData Identify() =>
        // Interactions need no intent (§5.8); asking for none also rules out the privileged ones.
        new(_token, IdentifyProperties.Current, Intents: 0, Shard: [ShardId, ShardCount]);

    /// <summary>Discord's URLs come bare; the version and encoding are the client's to add (§5.1).</summary>
    private static Uri WithVersion(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
