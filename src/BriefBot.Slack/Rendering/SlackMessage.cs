using System.Text.Json.Serialization;

namespace BriefBot.Slack.Rendering;

/// <summary>
/// A message as a slash-command response body or a response_url POST takes it (shared/protocols/slack.md §1.3).
/// <see cref="Text"/> is always set: it is the notification and accessibility fallback for the blocks.
/// </summary>
internal sealed record SlackMessage
{
    /// <summary>"in_channel" or "ephemeral".</summary>
    public string? ResponseType { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<Block> Blocks { get; init; } = [];

    /// <summary>Replace the message the response_url came from (a click on a choice or a page button).</summary>
    public bool? ReplaceOriginal { get; init; }

    public const string InChannel = "in_channel";

    public const string Ephemeral = "ephemeral";

    [JsonIgnore]
    public bool IsEphemeral => ResponseType != InChannel;
}
