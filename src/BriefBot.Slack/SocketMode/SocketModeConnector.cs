using System.Net.WebSockets;
using BriefBot.Core.Transports;
using BriefBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// Opens one connection (shared/protocols/slack.md §5.1): apps.connections.open with the app-level token for a
/// single-use URL, the WebSocket, then Slack's <c>hello</c> — all within <see cref="HandshakeWithin"/>. Tells
/// refusals that no retry can fix (a bad token, Socket Mode off) from passing failures.
/// </summary>
internal sealed partial class SocketModeConnector(
    IServiceProvider services,
    EnvelopeHandler envelopes,
    TransportHealth health,
    TimeProvider time,
    ILogger<SocketModeConnector> logger)
{
    /// <summary>From asking for a URL to hello; Slack normally says hello within a second.</summary>
    public static readonly TimeSpan HandshakeWithin = TimeSpan.FromSeconds(30);

    /// <summary>apps.connections.open errors an operator must fix (node-slack-sdk UnrecoverableSocketModeStartError, §5.5).</summary>
    private static readonly HashSet<string> Unrecoverable = new(StringComparer.Ordinal)
    {
        "not_authed", "invalid_auth", "not_allowed_token_type", "account_inactive", "token_revoked", "token_expired",
        "team_disabled", "user_removed_from_team", "missing_scope", "no_permission", "app_uninstalled",
    };

    private int _connections;

    public async Task<OpenAttempt> OpenAsync(CancellationToken cancellationToken)
    {
        using var handshake = new CancellationTokenSource(HandshakeWithin, time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(handshake.Token, cancellationToken);
        Uri url;
        try
        {
            url = await services.GetRequiredService<SlackWebApiClient>().OpenConnectionAsync(deadline.Token);
        }
        catch (SlackApiException ex) when (ex.Error is { } error && Unrecoverable.Contains(error))
        {
            Log.TokenRefused(logger, error);
            return OpenAttempt.Stopped($"Slack refused the app token ({error})");
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var error = (ex as SlackApiException)?.Error ?? (ex is OperationCanceledException ? "timeout" : "unreachable");
            Log.OpenFailed(logger, error);
            return OpenAttempt.Failed($"apps.connections.open failed ({error})");
        }

        var number = Interlocked.Increment(ref _connections);
        SocketModeConnection connection;
        try
        {
            connection = await SocketModeConnection.ConnectAsync(url, deadline.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.ConnectFailed(logger, number, ex.GetType().Name);
            return OpenAttempt.Failed("the WebSocket could not connect");
        }

        var session = new SocketModeSession(number, connection, envelopes, () => health.Report(SocketModeClient.HealthName, connected: true, "connected"), time, logger, cancellationToken);
        try
        {
            await Task.WhenAny(session.Hello, session.Disconnect, session.Ended).WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // No hello in time: handled below like any other missing hello.
        }
        catch (OperationCanceledException)
        {
            // The host is stopping mid-handshake: still say goodbye properly.
            await session.CloseAsync(CancellationToken.None);
            await session.DisposeAsync();
            throw;
        }

        if (session.Hello.IsCompleted)
        {
            Log.Connected(logger, number);
            return OpenAttempt.Opened(session);
        }

        var stop = session.Disconnect.IsCompleted && await session.Disconnect == DisconnectReasons.LinkDisabled;
        var why = session.Disconnect.IsCompleted ? "Slack asked to disconnect (" + await session.Disconnect + ")"
            : session.Ended.IsCompleted ? await session.Ended
            : "no hello within " + HandshakeWithin.TotalSeconds + " s";
        await session.DisposeAsync();
        Log.NoHello(logger, number, why);
        return stop ? OpenAttempt.Stopped("Socket Mode is turned off in the app settings (link_disabled)") : OpenAttempt.Failed(why);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3531, EventName = "SocketModeConnected", Level = LogLevel.Information, Message = "Socket Mode connection {Connection} is up")]
        public static partial void Connected(ILogger logger, int connection);

        [LoggerMessage(EventId = 3532, EventName = "SocketModeTokenRefused", Level = LogLevel.Error, Message = "Slack refused the app-level token for Socket Mode: {Error}. Check Slack__AppToken: an xapp- token with connections:write from the app's Basic Information page")]
        public static partial void TokenRefused(ILogger logger, string error);

        [LoggerMessage(EventId = 3533, EventName = "SocketModeOpenFailed", Level = LogLevel.Warning, Message = "Could not get a Socket Mode URL from apps.connections.open: {Error}")]
        public static partial void OpenFailed(ILogger logger, string error);

        [LoggerMessage(EventId = 3534, EventName = "SocketModeConnectFailed", Level = LogLevel.Warning, Message = "Socket Mode connection {Connection} could not connect ({Error})")]
        public static partial void ConnectFailed(ILogger logger, int connection, string error);

        [LoggerMessage(EventId = 3535, EventName = "SocketModeNoHello", Level = LogLevel.Warning, Message = "Socket Mode connection {Connection} ended before hello: {Reason}")]
        public static partial void NoHello(ILogger logger, int connection, string reason);
    }
}
