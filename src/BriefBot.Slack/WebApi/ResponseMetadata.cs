namespace BriefBot.Slack.WebApi;

/// <summary><c>response_metadata</c>: validation messages (which block is invalid) and warnings (§3.2).</summary>
internal sealed record ResponseMetadata
{
    public IReadOnlyList<string>? Messages { get; init; }

    public IReadOnlyList<string>? Warnings { get; init; }
}
