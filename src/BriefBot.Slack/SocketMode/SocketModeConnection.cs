using System.Buffers;
using System.Net.WebSockets;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// One WebSocket to Slack over <see cref="ClientWebSocket"/>: whole text messages in (frames assembled, size capped),
/// text messages out one at a time (a WebSocket allows a single send in flight).
/// </summary>
internal sealed class SocketModeConnection : IDisposable
{
    /// <summary>An envelope carries at most one message's blocks (tens of KB); 1 MiB is far above it and bounds memory.</summary>
    public const int MaxMessageBytes = 1024 * 1024;

    private const int ChunkBytes = 16 * 1024;
    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sending = new(1, 1);

    private SocketModeConnection(ClientWebSocket socket)
    {
        _socket = socket;
    }

    /// <summary>How the socket ended, for logs and /readyz: "close 1001" or "no close frame".</summary>
    public string CloseDescription => _socket.CloseStatus is { } status ? $"close {(int)status}" : "no close frame";

    public static async Task<SocketModeConnection> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();

        // Slack pings and the runtime answers; our own pings notice a link that died silently (§5.1, keepalive).
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(10);
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return new SocketModeConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The next whole text message, or null once Slack closed the socket (the close is answered). Throws
    /// <see cref="WebSocketException"/> when the link breaks and <see cref="InvalidDataException"/> past the size cap.
    /// </summary>
    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>(ChunkBytes);
        while (true)
        {
            var result = await _socket.ReceiveAsync(message.GetMemory(ChunkBytes), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(cancellationToken);
                return null;
            }

            message.Advance(result.Count);
            if (message.WrittenCount > MaxMessageBytes)
            {
                _socket.Abort();
                throw new InvalidDataException($"A Socket Mode message exceeded {MaxMessageBytes} bytes.");
            }

            if (!result.EndOfMessage)
            {
                continue;
            }

            // Slack sends JSON as text; a binary message is not part of the protocol and is skipped.
            if (result.MessageType == WebSocketMessageType.Text)
            {
                return message.WrittenSpan.ToArray();
            }

            message.ResetWrittenCount();
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> text, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(text, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Sends our close frame (once); when we start it, the reading side then receives Slack's and ends.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    public void Abort() => _socket.Abort();

    public void Dispose()
    {
        _socket.Dispose();
        _sending.Dispose();
    }
}
