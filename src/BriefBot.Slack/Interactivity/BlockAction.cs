namespace BriefBot.Slack.Interactivity;

/// <summary>One entry of <c>actions</c> in a block_actions payload: which element was used and its value.</summary>
internal sealed record BlockAction
{
    public string? ActionId { get; init; }

    public string? BlockId { get; init; }

    public string? Type { get; init; }

    /// <summary>A button's value: for BriefBot's buttons, the command text to re-run.</summary>
    public string? Value { get; init; }
}
