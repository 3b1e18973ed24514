namespace BriefBot.Core.Charts;

/// <summary>An entry of a chart's colour key: a swatch at (X, Y) and its label.</summary>
public sealed record ChartLegendItem(string Label, ChartColour Colour, float X, float Y);
