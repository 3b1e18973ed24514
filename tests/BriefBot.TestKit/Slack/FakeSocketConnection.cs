using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BriefBot.TestKit.Slack;

/// <summary>
/// One accepted Socket Mode connection on the fake server. A test sends hello, envelopes and disconnects on it, or
/// drops it without a close frame. Sequence numbers (shared across connections) record the order of events.
/// </summary>
public sealed class FakeSocketConnection : IDisposable
{
    private readonly FakeSocketModeServer _server;
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FakeSocketConnection(FakeSocketModeServer server, int number, WebSocket socket, HttpContext context)
    {
        _server = server;
        _socket = socket;
        _context = context;
        Number = number;
        OpenedAt = server.NextSequence();
    }

    public int Number { get; }

    public long OpenedAt { get; }

    /// <summary>When hello was sent on this connection; 0 when it was not.</summary>
    public long HelloAt { get; private set; }

    /// <summary>When the connection ended; 0 while it is open.</summary>
    public long ClosedAt { get; private set; }

    /// <summary>True when the bot closed the connection with a close frame (not a drop, not the server).</summary>
    public bool ClosedByClient { get; private set; }

    public Task Closed => _closed.Task;

    public async Task SendHelloAsync()
    {
        await SendAsync(new JsonObject
        {
            ["type"] = "hello",
            ["num_connections"] = 1,
            ["debug_info"] = new JsonObject { ["host"] = "fake-socket-mode", ["approximate_connection_time"] = 18060 },
            ["connection_info"] = new JsonObject { ["app_id"] = SlackPayloads.AppId },
        });
        HelloAt = _server.NextSequence();
    }

    public Task SendDisconnectAsync(string reason) => SendAsync(new JsonObject
    {
        ["type"] = "disconnect",
        ["reason"] = reason,
        ["debug_info"] = new JsonObject { ["host"] = "fake-socket-mode" },
    });

    /// <summary>Sends an envelope (§5.3) and returns its envelope_id (a new one unless given).</summary>
    public async Task<string> SendEnvelopeAsync(string type, JsonNode payload, bool acceptsResponsePayload = true, int retryAttempt = 0, string? envelopeId = null)
    {
        envelopeId ??= Guid.NewGuid().ToString();
        await SendAsync(new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = type,
            ["accepts_response_payload"] = acceptsResponsePayload,
            ["payload"] = payload.DeepClone(),
            ["retry_attempt"] = retryAttempt,
            ["retry_reason"] = retryAttempt > 0 ? "timeout" : "",
        });
        return envelopeId;
    }

    public async Task SendAsync(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        await SendTextAsync(message.ToJsonString());
    }

    /// <summary>Sends <paramref name="text"/> split into frames of <paramref name="frameBytes"/>, to exercise reassembly.</summary>
    public async Task SendTextAsync(string text, int frameBytes = int.MaxValue)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await _sending.WaitAsync();
        try
        {
            for (var offset = 0; offset < bytes.Length || offset == 0; offset += frameBytes)
            {
                var count = Math.Min(frameBytes, bytes.Length - offset);
                await _socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None);
                if (offset + count >= bytes.Length)
                {
                    break;
                }
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    public void Dispose() => _sending.Dispose();

    /// <summary>Drops the TCP connection without a close frame: what a network failure looks like to the bot.</summary>
    public void Abort()
    {
        if (ClosedAt == 0)
        {
            _context.Abort();
        }
    }

    internal async Task RunAsync()
    {
        try
        {
            var buffer = new ArrayBufferWriter<byte>();
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), _context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClosedByClient = true;
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }

                buffer.Advance(result.Count);
                if (result.EndOfMessage)
                {
                    Received(buffer.WrittenSpan.ToArray());
                    buffer.ResetWrittenCount();
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // Dropped: by Abort or by the bot without a close frame.
        }
        finally
        {
            ClosedAt = _server.NextSequence();
            _closed.TrySetResult();
            _server.Changed();
        }
    }

    private void Received(byte[] message)
    {
        using var document = JsonDocument.Parse(message);
        if (document.RootElement.TryGetProperty("envelope_id", out var id) && id.GetString() is { } envelopeId)
        {
            _server.Record(new RecordedAck(Number, envelopeId, document.RootElement.Clone()));
        }
    }
}
