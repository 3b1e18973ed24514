using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// One connection's conversation: reads every message in order, resolves <see cref="Hello"/> and
/// <see cref="Disconnect"/>, and answers each envelope on the connection it came from, concurrently so that a slow
/// answer never holds up the next envelope's ack. Reading goes on after a <c>disconnect</c> until the socket closes,
/// which is what lets a refresh lose nothing.
/// </summary>
internal sealed partial class SocketModeSession : IAsyncDisposable
{
    /// <summary>How long a closing handshake may take before the socket is simply dropped.</summary>
    public static readonly TimeSpan CloseWithin = TimeSpan.FromSeconds(5);

    private readonly SocketModeConnection _connection;
    private readonly EnvelopeHandler _envelopes;
    private readonly Action _onHello;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationToken _stopping;
    private readonly CancellationTokenSource _reading = new();
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<Task, byte> _answering = new();
    private int _disposed;

    // onHello runs before the next message is read, so whatever follows hello sees its effect; stopping is the
    // host's token: answers in progress end with the host, not with this socket.
    public SocketModeSession(int number, SocketModeConnection connection, EnvelopeHandler envelopes, Action onHello, TimeProvider time, ILogger logger, CancellationToken stopping)
    {
        Number = number;
        _connection = connection;
        _envelopes = envelopes;
        _onHello = onHello;
        _time = time;
        _logger = logger;
        _stopping = stopping;
        Ended = ReadAsync(_reading.Token);
    }

    /// <summary>Counts connections since start, for logs.</summary>
    public int Number { get; }

    public Task Hello => _hello.Task;

    /// <summary>When Slack said hello, by the injected clock; measures how long the connection was healthy.</summary>
    public DateTimeOffset? HelloAt { get; private set; }

    /// <summary>Completes with Slack's reason when it asks this connection to go (§5.5).</summary>
    public Task<string> Disconnect => _disconnect.Task;

    /// <summary>Completes when reading stops, with a short reason fit for /readyz ("connection lost").</summary>
    public Task<string> Ended { get; }

    /// <summary>Lets the answers in progress send their acks, then closes the socket normally (bounded by <see cref="CloseWithin"/>).</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_answering.Keys).WaitAsync(cancellationToken);
            using var bound = new CancellationTokenSource(CloseWithin, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(bound.Token, cancellationToken);
            await _connection.CloseAsync(linked.Token);
            await Ended.WaitAsync(linked.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            Log.CloseCutShort(_logger, Number, ex);
            _connection.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _reading.CancelAsync();
        await Ended;
        _connection.Dispose();
        _reading.Dispose();
    }

    private async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        // Let the constructor finish before the first message is handled.
        await Task.Yield();
        try
        {
            while (await _connection.ReceiveAsync(cancellationToken) is { } message)
            {
                OnMessage(message);
            }

            return "closed by Slack (" + _connection.CloseDescription + ")";
        }
        catch (Exception ex) when (ex is ObjectDisposedException or OperationCanceledException)
        {
            // Our own cancel, or an abort after a close that took too long: either way this side ended it.
            return "closed";
        }
        catch (WebSocketException ex)
        {
            Log.Lost(_logger, Number, ex.WebSocketErrorCode.ToString());
            return "connection lost";
        }
        catch (InvalidDataException)
        {
            Log.TooLarge(_logger, Number, SocketModeConnection.MaxMessageBytes);
            return "message too large";
        }
    }

    private void OnMessage(byte[] message)
    {
        var envelope = SocketModeEnvelope.Read(message);
        switch (envelope?.Type)
        {
            case null when envelope?.EnvelopeId is null:
                Log.Unreadable(_logger, Number, message.Length);
                break;
            case "hello":
                HelloAt = _time.GetUtcNow();
                _onHello();
                _hello.TrySetResult();
                break;
            case "disconnect":
                _disconnect.TrySetResult(envelope.Reason is { Length: > 0 and <= 40 } reason ? reason : "unknown");
                break;
            default:
                Track(AnswerAsync(envelope!));
                break;
        }
    }

    private async Task AnswerAsync(SocketModeEnvelope envelope)
    {
        try
        {
            if (await _envelopes.HandleAsync(envelope, _stopping) is { } ack)
            {
                // Not the stopping token: cancelling a WebSocket send aborts the whole socket, and an ack
                // already computed should still reach Slack while the host stops. Dispose ends a stuck send.
                await _connection.SendAsync(ack, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // Slack redelivers an unacknowledged envelope (§5.5); the replay guard keeps it to one answer.
            Log.AckFailed(_logger, Number, envelope.Type ?? "", ex.GetType().Name);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Nothing awaits this task: an envelope no one foresaw is logged here instead of vanishing.
            Log.AnswerFailed(_logger, Number, envelope.Type ?? "", ex);
        }
    }

    private void Track(Task answering)
    {
        _answering.TryAdd(answering, 0);
        _ = answering.ContinueWith(t => _answering.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3511, EventName = "SocketModeConnectionLost", Level = LogLevel.Warning, Message = "Socket Mode connection {Connection} was lost ({Error})")]
        public static partial void Lost(ILogger logger, int connection, string error);

        [LoggerMessage(EventId = 3512, EventName = "SocketModeMessageTooLarge", Level = LogLevel.Warning, Message = "Socket Mode connection {Connection} sent a message over {MaxBytes} bytes; dropped the connection")]
        public static partial void TooLarge(ILogger logger, int connection, int maxBytes);

        [LoggerMessage(EventId = 3513, EventName = "SocketModeMessageUnreadable", Level = LogLevel.Warning, Message = "Socket Mode connection {Connection} sent {Bytes} bytes that are not a Slack message; ignored")]
        public static partial void Unreadable(ILogger logger, int connection, int bytes);

        [LoggerMessage(EventId = 3514, EventName = "SocketModeAckFailed", Level = LogLevel.Warning, Message = "Could not acknowledge a {EnvelopeType} envelope on connection {Connection} ({Error}); Slack will redeliver it")]
        public static partial void AckFailed(ILogger logger, int connection, string envelopeType, string error);

        [LoggerMessage(EventId = 3516, EventName = "SocketModeAnswerFailed", Level = LogLevel.Error, Message = "Answering a {EnvelopeType} envelope on connection {Connection} failed")]
        public static partial void AnswerFailed(ILogger logger, int connection, string envelopeType, Exception exception);

        [LoggerMessage(EventId = 3515, EventName = "SocketModeCloseCutShort", Level = LogLevel.Debug, Message = "Socket Mode connection {Connection} did not close cleanly; dropped it")]
        public static partial void CloseCutShort(ILogger logger, int connection, Exception exception);
    }
}
