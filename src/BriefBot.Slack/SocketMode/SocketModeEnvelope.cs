using System.Text.Json;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// Any message Slack sends over a Socket Mode connection (shared/protocols/slack.md §5.2, §5.3): <c>hello</c>,
/// <c>disconnect</c> (with <see cref="Reason"/>) or an envelope to acknowledge by <see cref="EnvelopeId"/>.
/// </summary>
internal sealed record SocketModeEnvelope
{
    public string? Type { get; init; }

    public string? EnvelopeId { get; init; }

    public JsonElement? Payload { get; init; }

    /// <summary>True when the ack may carry the answer (slash commands, some interactions).</summary>
    public bool AcceptsResponsePayload { get; init; }

    /// <summary>Set by Slack on <c>events_api</c> redeliveries; BriefBot only logs it.</summary>
    public int? RetryAttempt { get; init; }

    public string? RetryReason { get; init; }

    /// <summary>Why a <c>disconnect</c> was sent: see <see cref="DisconnectReasons"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// Reads a message field by field, so one field of the wrong type (<c>"accepts_response_payload": null</c>, a
    /// lone surrogate for <c>type</c>) costs only that field: an envelope with a readable id can still be
    /// acknowledged, or Slack redelivers it forever. Null when the message is not a JSON object at all.
    /// </summary>
    public static SocketModeEnvelope? Read(ReadOnlySpan<byte> message)
    {
        try
        {
            using var document = JsonDocument.Parse(message.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new SocketModeEnvelope
            {
                Type = String(root, "type"),
                EnvelopeId = String(root, "envelope_id"),
                Payload = root.TryGetProperty("payload", out var payload) ? payload.Clone() : null,
                AcceptsResponsePayload = root.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True,
                RetryAttempt = root.TryGetProperty("retry_attempt", out var retry) && retry.ValueKind == JsonValueKind.Number && retry.TryGetInt32(out var attempt) ? attempt : null,
                RetryReason = String(root, "retry_reason"),
                Reason = String(root, "reason"),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string field, or null when absent, not a string, or not a string .NET can hold (a lone surrogate).</summary>
    private static string? String(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
