namespace BriefBot.Slack.WebApi;

/// <summary>The envelope every Web API method answers with (shared/protocols/slack.md §3.2). HTTP 200 does not mean success: read <see cref="Ok"/>.</summary>
internal sealed record SlackApiResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }

    public string? Warning { get; init; }

    public ResponseMetadata? ResponseMetadata { get; init; }

    // auth.test
    public string? Url { get; init; }

    public string? Team { get; init; }

    public string? User { get; init; }

    public string? TeamId { get; init; }

    public string? UserId { get; init; }

    public string? BotId { get; init; }

    // chat.postMessage / chat.postEphemeral
    public string? Channel { get; init; }

    public string? Ts { get; init; }

    public string? MessageTs { get; init; }

    // files.getUploadURLExternal
    public string? UploadUrl { get; init; }

    public string? FileId { get; init; }

    // conversations.history
    public IReadOnlyList<HistoryMessage>? Messages { get; init; }
}
