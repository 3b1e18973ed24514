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
}
