namespace BriefBot.Slack.WebApi;

/// <summary>
/// One call: a Web API method with a token, or a response_url without one. <see cref="Name"/> is what logs show.
/// <see cref="RetriesServerErrors"/> is false for a post that may have landed before the 5xx and has its own
/// safe retry (a digest, found again by its metadata); a 429 is always retried, since Slack did not act on it.
/// </summary>
internal sealed record SlackCall(string Name, Uri Url, SlackToken Token, bool RetriesServerErrors = true);
