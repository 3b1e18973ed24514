using System.Text.Json;
using BriefBot.Slack.Rendering;

namespace BriefBot.Slack;

/// <summary>
/// What the HTTP edge sends back to Slack: 200 with a message, an empty 200 (a silent acknowledgement), or a 4xx
/// with a short problem title — never a stack trace, never a 500.
/// </summary>
internal sealed record SlackResult(int StatusCode, byte[] Json, string? Problem)
{
    public static readonly SlackResult Acknowledged = new(200, [], null);

    public bool IsSuccess => Problem is null;

    /// <summary>The answer was too slow for the acknowledgement and follows at response_url; <see cref="Json"/> is only "Working on it…".</summary>
    public bool IsDeferred { get; init; }

    public static SlackResult Respond(SlackMessage message) =>
        new(200, JsonSerializer.SerializeToUtf8Bytes(message, SlackJson.Options), null);

    public static SlackResult Fail(int statusCode, string problem) => new(statusCode, [], problem);
}
