namespace BriefBot.Slack.WebApi;

/// <summary>What auth.test says about the token: the workspace and the bot's own ids (§3.3).</summary>
public sealed record AuthTestResult(string? TeamId, string? Team, string? UserId, string? BotId, string? Url);
