using System.Text.Json;

namespace BriefBot.Slack.SocketMode;

/// <summary>
/// The text frame that acknowledges an envelope (shared/protocols/slack.md §5.4): <c>{"envelope_id":"…"}</c>, or with
/// <c>"payload"</c> = the same JSON the HTTP response would carry.
/// </summary>
internal static class SocketModeAck
{
    public static byte[] Empty(string envelopeId) => With(envelopeId, ReadOnlySpan<byte>.Empty);

    /// <summary><paramref name="payload"/> is already-serialized JSON (a rendered message); empty means a plain ack.</summary>
    public static byte[] With(string envelopeId, ReadOnlySpan<byte> payload)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("envelope_id", envelopeId);
            if (!payload.IsEmpty)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(payload, skipInputValidation: false);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
