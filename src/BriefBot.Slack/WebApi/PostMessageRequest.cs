using BriefBot.Slack.Rendering;

namespace BriefBot.Slack.WebApi;

/// <summary>chat.postMessage arguments (§3.3). Links and media are not unfurled: sources would flood the channel.</summary>
internal sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<Block> Blocks)
{
    public bool UnfurlLinks { get; init; }

    public bool UnfurlMedia { get; init; }

    public string? ThreadTs { get; init; }

    /// <summary>Message metadata (§3.3): BriefBot tags digests with their id, to find its own earlier post.</summary>
    public MessageMetadata? Metadata { get; init; }
}
