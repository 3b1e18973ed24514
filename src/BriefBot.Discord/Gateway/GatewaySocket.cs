using System.Net.WebSockets;
using System.Text.Json;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the Gateway: whole JSON messages in (assembled from as many frames as the server used, up
/// to a cap), paced and serialized sends out (§5.1). One receive and one send may run at once, as
/// <see cref="ClientWebSocket"/> allows.
/// </summary>
internal sealed class GatewaySocket : IAsyncDisposable
{
    /// <summary>READY lists guild stubs, so it can be large; anything beyond this is not a Gateway message worth reading.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>Discord closes with 4002 on a sent payload over 4096 bytes (§5.1).</summary>
    public const int MaxSendBytes = 4096;

    private readonly ClientWebSocket _socket;
    private readonly TimeProvider _time;
    private readonly GatewaySendLimiter _limiter = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private byte[] _buffer = new byte[16 * 1024];

    private GatewaySocket(ClientWebSocket socket, TimeProvider time)
    {
        _socket = socket;
        _time = time;
    }

    /// <summary>The code the server closed with, once <see cref="ReceiveAsync"/> returned null.</summary>
    public int? CloseStatus => (int?)_socket.CloseStatus;

    public static async Task<GatewaySocket> ConnectAsync(Uri url, TimeProvider time, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return new GatewaySocket(socket, time);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The next whole message, or null when the server closed the connection.</summary>
    /// <exception cref="GatewayMessageTooLargeException">The message exceeds <see cref="MaxMessageBytes"/>.</exception>
    public async Task<GatewayPayload?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == _buffer.Length)
            {
                if (length >= MaxMessageBytes)
                {
                    throw new GatewayMessageTooLargeException($"A Gateway message exceeded {MaxMessageBytes} bytes.");
                }

                Array.Resize(ref _buffer, Math.Min(length * 2, MaxMessageBytes));
            }

            var result = await _socket.ReceiveAsync(_buffer.AsMemory(length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                break;
            }
        }

        return JsonSerializer.Deserialize<GatewayPayload>(_buffer.AsSpan(0, length), DiscordJson.Options)
            ?? throw new JsonException("A Gateway message was JSON null.");
    }

    public async Task SendAsync(GatewayCommand command, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(command, DiscordJson.Options);
        if (bytes.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"Gateway op {command.Op} is {bytes.Length} bytes; Discord accepts at most {MaxSendBytes}.");
        }

        var isHeartbeat = command.Op == (int)GatewayOpcode.Heartbeat;
        for (var wait = _limiter.Reserve(_time.GetUtcNow(), isHeartbeat); wait > TimeSpan.Zero; wait = _limiter.Reserve(_time.GetUtcNow(), isHeartbeat))
        {
            await Task.Delay(wait, _time, cancellationToken);
        }

        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends a close frame without waiting for the server's reply (a zombie would never send one). Codes other
    /// than 1000/1001 keep the session resumable (§5.6).
    /// </summary>
    public async Task CloseAsync(int code, CancellationToken cancellationToken)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, null, cancellationToken);
        }
        catch (WebSocketException)
        {
            // Already gone; there is nobody left to tell.
            _socket.Abort();
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
