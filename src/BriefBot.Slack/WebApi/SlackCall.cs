namespace BriefBot.Slack.WebApi;

/// <summary>One call: a Web API method with a token, or a response_url without one. <see cref="Name"/> is what logs show.</summary>
internal sealed record SlackCall(string Name, Uri Url, SlackToken Token);
