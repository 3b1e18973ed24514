namespace BriefBot.Slack.Interactivity;

/// <summary>
/// The JSON in the <c>payload</c> form field of an interactivity POST (shared/protocols/slack.md §6.1, §4.6);
/// only the fields BriefBot reads. <c>type</c> is "block_actions" for button clicks.
/// </summary>
internal sealed record InteractionPayload
{
    public string? Type { get; init; }

    public EntityRef? User { get; init; }

    public EntityRef? Team { get; init; }

    public EntityRef? Channel { get; init; }

    public string? TriggerId { get; init; }

    public string? ResponseUrl { get; init; }

    public string? ApiAppId { get; init; }

    public IReadOnlyList<BlockAction?>? Actions { get; init; }
}
