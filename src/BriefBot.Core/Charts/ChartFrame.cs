namespace BriefBot.Core.Charts;

/// <summary>What every BriefBot chart shares around its content: the margin, and where the title and subtitle sit.</summary>
public static class ChartFrame
{
    public const float Margin = 24;
    public const float TitleBaseline = 36;
    public const float SubtitleBaseline = 60;
}
