namespace BriefBot.Slack.Rendering;

/// <summary>A composition text object (§4.2): <c>mrkdwn</c>, or <c>plain_text</c> where Slack allows no markup.</summary>
internal sealed record TextObject(string Type, string Text)
{
    /// <summary>Set on plain_text only, so ":emoji:" codes render.</summary>
    public bool? Emoji { get; init; }

    public static TextObject Mrkdwn(string text) => new("mrkdwn", text);

    public static TextObject Plain(string text) => new("plain_text", text) { Emoji = true };
}
