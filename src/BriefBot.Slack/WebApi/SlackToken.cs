namespace BriefBot.Slack.WebApi;

/// <summary>Which credential a call carries: none (response_url), the bot token (Web API) or the app-level token (Socket Mode).</summary>
internal enum SlackToken
{
    None,
    Bot,
    App,
}
