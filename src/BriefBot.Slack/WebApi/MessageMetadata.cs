namespace BriefBot.Slack.WebApi;

/// <summary>Slack message metadata: an event type and a small JSON payload carried with the message (§3.3).</summary>
internal sealed record MessageMetadata(string EventType, IReadOnlyDictionary<string, string> EventPayload);
