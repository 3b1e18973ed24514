using System.Text.Json;

namespace BriefBot.TestKit.Slack;

/// <summary>An ack the bot sent over Socket Mode: which connection, which envelope, the whole JSON.</summary>
public sealed record RecordedAck(int Connection, string EnvelopeId, JsonElement Json)
{
    /// <summary>The answer carried in the ack, if any (§5.4).</summary>
    public JsonElement? Payload => Json.TryGetProperty("payload", out var payload) ? payload : null;
}
