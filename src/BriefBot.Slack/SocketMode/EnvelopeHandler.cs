using System.Globalization;
using System.Text;
using System.Text.Json;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.SlashCommands;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// The Socket Mode front (shared/protocols/slack.md §5.3, §5.4): turns an envelope into its ack. Slash commands and
/// clicks go through the same <see cref="SlashCommandHandler.AnswerAsync"/> and <see cref="InteractivityHandler.Answer"/>
/// as HTTP, so deadlines, response_url delivery, escaping and the replay guard are the same. Every envelope is
/// acknowledged; one seen before (same envelope_id) is acknowledged without a second answer.
/// </summary>
internal sealed partial class EnvelopeHandler(
    SlashCommandHandler commands,
    InteractivityHandler interactivity,
    ReplayGuard replays,
    ILogger<EnvelopeHandler> logger)
{
    /// <summary>The ack to send, the answer as its payload when there is one; null when the envelope has no id to echo.</summary>
    public async Task<byte[]?> HandleAsync(SocketModeEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var type = envelope.Type is { Length: <= 40 } t ? t : "unknown";
        if (envelope.EnvelopeId is not { Length: > 0 and <= 256 } id)
        {
            Log.NoEnvelopeId(logger, type);
            return null;
        }

        var retry = envelope.RetryAttempt?.ToString(CultureInfo.InvariantCulture) ?? "none";
        if (!replays.TryClaim("e:" + id))
        {
            Log.Repeated(logger, type, retry);
            return SocketModeAck.Empty(id);
        }

        switch (type)
        {
            case "slash_commands":
                return SocketModeAck.With(id, await SlashCommandAsync(envelope, retry, cancellationToken));
            case "interactive":
                return SocketModeAck.With(id, Interaction(envelope, retry));
            case "events_api":
                // BriefBot subscribes to no events; Slack still wants each acknowledged.
                Log.EventIgnored(logger);
                return SocketModeAck.Empty(id);
            default:
                Log.UnknownType(logger, type);
                return SocketModeAck.Empty(id);
        }
    }

    private async Task<byte[]> SlashCommandAsync(SocketModeEnvelope envelope, string retry, CancellationToken cancellationToken)
    {
        if (envelope.Payload is not { } payload || SlashCommandForm.From(payload) is not { } form)
        {
            Log.Unreadable(logger, "slash_commands");
            return [];
        }

        var replayKey = ReplayGuard.KeyOf(form.TriggerId, Encoding.UTF8.GetBytes(payload.GetRawText()));
        var result = await commands.AnswerAsync(form, replayKey, envelope.AcceptsResponsePayload, retry, cancellationToken);

        // A deferred answer's "Working on it…" stays off the socket: the ack is empty and the answer follows at response_url.
        return result.IsDeferred ? [] : result.Json;
    }

    private byte[] Interaction(SocketModeEnvelope envelope, string retry)
    {
        InteractionPayload? payload;
        try
        {
            payload = envelope.Payload?.Deserialize<InteractionPayload>(SlackJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            payload = null;
        }

        if (payload is null)
        {
            Log.Unreadable(logger, "interactive");
            return [];
        }

        var replayKey = ReplayGuard.KeyOf(payload.TriggerId, Encoding.UTF8.GetBytes(envelope.Payload!.Value.GetRawText()));
        var result = interactivity.Answer(payload, replayKey, retry);
        return result.IsSuccess ? result.Json : [];
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3521, EventName = "SocketModeEnvelopeWithoutId", Level = LogLevel.Warning, Message = "A {EnvelopeType} envelope had no envelope_id; it cannot be acknowledged")]
        public static partial void NoEnvelopeId(ILogger logger, string envelopeType);

        [LoggerMessage(EventId = 3522, EventName = "SocketModeEnvelopeRepeated", Level = LogLevel.Information, Message = "A {EnvelopeType} envelope arrived again (retry {RetryAttempt}); acknowledged without a second answer")]
        public static partial void Repeated(ILogger logger, string envelopeType, string retryAttempt);

        [LoggerMessage(EventId = 3523, EventName = "SocketModeEventIgnored", Level = LogLevel.Debug, Message = "Acknowledged an events_api envelope; BriefBot uses no events")]
        public static partial void EventIgnored(ILogger logger);

        [LoggerMessage(EventId = 3524, EventName = "SocketModeUnknownEnvelope", Level = LogLevel.Debug, Message = "Acknowledged an envelope of unknown type {EnvelopeType}")]
        public static partial void UnknownType(ILogger logger, string envelopeType);

        [LoggerMessage(EventId = 3525, EventName = "SocketModeEnvelopeUnreadable", Level = LogLevel.Warning, Message = "A {EnvelopeType} envelope's payload could not be read; acknowledged without an answer")]
        public static partial void Unreadable(ILogger logger, string envelopeType);
    }
}
