namespace BriefBot.Slack.WebApi;

/// <summary>Where a posted message landed: <see cref="Ts"/> is its id (chat.postMessage) or the ephemeral message_ts.</summary>
public sealed record PostedMessage(string? Channel, string? Ts);
