using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace BriefBot.TestKit.Discord;

/// <summary>One client connection to the fake Gateway: how it was opened and how the client closed it.</summary>
public sealed class FakeGatewayConnection : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HttpContext _context;

    internal FakeGatewayConnection(int number, HttpContext context, WebSocket socket)
    {
        Number = number;
        _context = context;
        Socket = socket;
        Path = context.Request.Path.Value ?? "";
        Query = context.Request.QueryString.Value ?? "";
    }

    /// <summary>1 for the first connection, 2 for the next, and so on.</summary>
    public int Number { get; }

    public string Path { get; }

    public string Query { get; }

    internal WebSocket Socket { get; }

    /// <summary>The <c>[shard_id, num_shards]</c> this connection identified as, or null before Identify.</summary>
    public string? Shard { get; internal set; }

    /// <summary>Completes when the connection ends, with the client's close code (null if it dropped without one).</summary>
    public Task<int?> Closed => _closed.Task;

    internal async Task SendAsync(string json, int? fragmentSize, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var size = fragmentSize is > 0 ? fragmentSize.Value : bytes.Length;
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += size)
            {
                var count = Math.Min(size, bytes.Length - offset);
                await Socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, cancellationToken);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    internal async Task CloseAsync(int code, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await Socket.CloseOutputAsync((WebSocketCloseStatus)code, "fake gateway close", cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame, as a network failure would.</summary>
    internal void Abort()
    {
        if (_closed.Task.IsCompleted)
        {
            return;
        }

        try
        {
            _context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request ended between the check and the abort: the connection is already gone.
        }
    }

    internal void MarkClosed(int? code) => _closed.TrySetResult(code);

    public void Dispose() => _sendLock.Dispose();
}
