using BriefBot.Core.Transports;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection up (shared/protocols/slack.md §5): opens it, follows Slack's disconnect
/// reasons, reconnects with backoff after a loss, stops for good when the app token or Socket Mode itself is
/// refused, and reports each state to <see cref="TransportHealth"/>. All waiting goes through <see cref="TimeProvider"/>.
/// </summary>
internal sealed partial class SocketModeClient(
    SocketModeConnector connector,
    TransportHealth health,
    TimeProvider time,
    ILogger<SocketModeClient> logger)
{
    public const string HealthName = "slack socket mode";

    /// <summary>A connection up this long was healthy: the next loss starts the backoff again from 1 s.</summary>
    public static readonly TimeSpan HealthyAfter = TimeSpan.FromMinutes(1);

    private readonly ReconnectBackoff _backoff = new();

    /// <summary>The connection being followed, so that stopping can close it whatever step was under way.</summary>
    private SocketModeSession? _current;

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled (then closes normally) or Slack refuses for good.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        health.Report(HealthName, connected: false, "connecting");
        try
        {
            while (!await StepAsync(cancellationToken))
            {
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: a normal end.
        }
        finally
        {
            if (_current is { } session)
            {
                _current = null;
                await session.CloseAsync(CancellationToken.None);
                await session.DisposeAsync();
            }
        }
    }

    /// <summary>Opens a connection when there is none, follows it until it goes, backs off after a loss. True when stopped for good.</summary>
    private async Task<bool> StepAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_current is null)
            {
                var attempt = await connector.OpenAsync(cancellationToken);
                if (attempt.Session is null)
                {
                    return attempt.IsPermanent ? Stop(attempt.Reason) : await WaitAsync(attempt.Reason, cancellationToken);
                }

                _current = attempt.Session;
            }

            var (next, stopReason, lossReason) = await FollowAsync(_current, cancellationToken);
            _current = next;
            return next is not null ? false
                : stopReason is not null ? Stop(stopReason)
                : await WaitAsync(lossReason!, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A bug must not end Socket Mode for the life of the host: log it, drop the connection, back off.
            Log.Failed(logger, ex);
            if (_current is { } broken)
            {
                _current = null;
                await broken.DisposeAsync();
            }

            return await WaitAsync("an unexpected error", cancellationToken);
        }
    }

    /// <summary>
    /// Watches a live session until it goes. Returns its replacement after a refresh, a reason to stop, or the
    /// reason it was lost (the caller backs off). The old session is closed in every case.
    /// </summary>
    private async Task<(SocketModeSession? Next, string? StopReason, string? LossReason)> FollowAsync(SocketModeSession session, CancellationToken cancellationToken)
    {
        await Task.WhenAny(session.Disconnect, session.Ended).WaitAsync(cancellationToken);
        if (!session.Disconnect.IsCompleted)
        {
            var lost = await session.Ended;
            if (time.GetUtcNow() - (session.HelloAt ?? time.GetUtcNow()) >= HealthyAfter)
            {
                _backoff.Reset();
            }

            await session.DisposeAsync();
            return (null, null, lost);
        }

        var reason = await session.Disconnect;
        Log.DisconnectAsked(logger, session.Number, reason);
        if (DisconnectReasons.AsksForRefresh(reason))
        {
            // Open the new connection first and keep reading the old one meanwhile: nothing sent to it is lost (§5.5).
            var fresh = await connector.OpenAsync(cancellationToken);
            await session.CloseAsync(cancellationToken);
            await session.DisposeAsync();
            if (fresh.Session is not null)
            {
                _backoff.Reset();
                Log.Refreshed(logger, session.Number, fresh.Session.Number);
                return (fresh.Session, null, null);
            }

            return fresh.IsPermanent ? (null, fresh.Reason, null) : (null, null, fresh.Reason);
        }

        await session.CloseAsync(cancellationToken);
        await session.DisposeAsync();
        if (reason == DisconnectReasons.LinkDisabled)
        {
            return (null, "Socket Mode is turned off in the app settings (link_disabled)", null);
        }

        return (null, null, "Slack asked to disconnect (" + reason + ")");
    }

    /// <summary>Reports the loss, waits out the backoff; false: not stopped.</summary>
    private async Task<bool> WaitAsync(string reason, CancellationToken cancellationToken)
    {
        var delay = _backoff.Next();
        var seconds = Math.Round(delay.TotalSeconds, 1);
        health.Report(HealthName, connected: false, $"reconnecting in {seconds} s after {reason}");
        Log.Reconnecting(logger, reason, seconds);
        await Task.Delay(delay, time, cancellationToken);
        return false;
    }

    /// <summary>Reports a stop for good; true: stopped.</summary>
    private bool Stop(string reason)
    {
        health.Report(HealthName, connected: false, "stopped: " + reason);
        Log.Stopped(logger, reason);
        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3501, EventName = "SocketModeDisconnectAsked", Level = LogLevel.Information, Message = "Slack asked Socket Mode connection {Connection} to disconnect: {Reason}")]
        public static partial void DisconnectAsked(ILogger logger, int connection, string reason);

        [LoggerMessage(EventId = 3502, EventName = "SocketModeRefreshed", Level = LogLevel.Information, Message = "Socket Mode connection {Connection} replaced by {NewConnection} without a gap")]
        public static partial void Refreshed(ILogger logger, int connection, int newConnection);

        [LoggerMessage(EventId = 3503, EventName = "SocketModeReconnecting", Level = LogLevel.Warning, Message = "Socket Mode is down ({Reason}); reconnecting in {DelaySeconds} s")]
        public static partial void Reconnecting(ILogger logger, string reason, double delaySeconds);

        [LoggerMessage(EventId = 3504, EventName = "SocketModeStopped", Level = LogLevel.Error, Message = "Socket Mode stopped and will not reconnect: {Reason}. Fix the Slack app or Slack__AppToken, then restart BriefBot")]
        public static partial void Stopped(ILogger logger, string reason);

        [LoggerMessage(EventId = 3505, EventName = "SocketModeFailed", Level = LogLevel.Error, Message = "Socket Mode failed unexpectedly; reconnecting")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
