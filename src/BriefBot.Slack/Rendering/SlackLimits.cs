namespace BriefBot.Slack.Rendering;

/// <summary>Block Kit limits from shared/protocols/slack.md §4.1–§4.4 and §3.4. Slack refuses a message that breaks one (invalid_blocks).</summary>
internal static class SlackLimits
{
    public const int Blocks = 50;
    public const int SectionText = 3000;
    public const int HeaderText = 150;
    public const int ContextElements = 10;
    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ActionId = 255;
    public const int BlockId = 255;

    /// <summary>Slack's guidance for top-level <c>text</c> is ≤ ~4,000 (§3.4); the fallback stays well under.</summary>
    public const int FallbackText = 3000;

    /// <summary>
    /// Text across all blocks. Slack answers msg_blocks_too_long around ~13k characters for some block mixes
    /// (§3.4, bolt-js #2509), so the renderer keeps a wide margin.
    /// </summary>
    public const int BlocksText = 8000;
}
