namespace BriefBot.Slack.Rendering;

/// <summary>
/// One layout block (§4.1). A single record for the kinds BriefBot sends — header, section, context, divider,
/// actions — with the fields of the others left out of the JSON.
/// </summary>
internal sealed record Block
{
    public required string Type { get; init; }

    public string? BlockId { get; init; }

    public TextObject? Text { get; init; }

    /// <summary>Text objects (context) or buttons (actions); typed as object so each serializes as itself.</summary>
    public IReadOnlyList<object>? Elements { get; init; }

    public ButtonElement? Accessory { get; init; }

    public static Block Header(string plainText) => new() { Type = "header", Text = TextObject.Plain(plainText) };

    public static Block Section(string mrkdwn, ButtonElement? accessory = null) => new() { Type = "section", Text = TextObject.Mrkdwn(mrkdwn), Accessory = accessory };

    public static Block Context(IEnumerable<string> mrkdwn) => new() { Type = "context", Elements = [.. mrkdwn.Select(TextObject.Mrkdwn)] };

    public static Block Divider() => new() { Type = "divider" };

    public static Block Actions(string blockId, IEnumerable<ButtonElement> buttons) => new() { Type = "actions", BlockId = blockId, Elements = [.. buttons] };
}
