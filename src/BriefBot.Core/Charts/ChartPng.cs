namespace BriefBot.Core.Charts;

/// <summary>What every chart attachment is.</summary>
public static class ChartPng
{
    public const string ContentType = "image/png";
}
