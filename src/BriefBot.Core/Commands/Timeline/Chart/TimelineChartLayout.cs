using BriefBot.Core.Charts;

namespace BriefBot.Core.Commands.Timeline.Chart;

/// <summary>
/// Where everything on a timeline chart goes, in pixels, before anything is drawn: one row per event (summary on the
/// left, its mark on the time axis on the right), the axis ticks and the colour key.
/// </summary>
public sealed record TimelineChartLayout
{
    public required int Width { get; init; }

    public required int Height { get; init; }

    public required string Title { get; init; }

    public required string Subtitle { get; init; }

    public required float PlotLeft { get; init; }

    public required float PlotRight { get; init; }

    public required float PlotTop { get; init; }

    /// <summary>The y of the time axis line, under the last row.</summary>
    public required float AxisY { get; init; }

    public IReadOnlyList<TimelineChartRow> Rows { get; init; } = [];

    public IReadOnlyList<ChartTick> Ticks { get; init; } = [];

    public IReadOnlyList<ChartLegendItem> Legend { get; init; } = [];

    /// <summary>How to read the marks, drawn last, one entry per line (<see cref="TimelineChartPlanner.KeyLines"/>).</summary>
    public required IReadOnlyList<string> Key { get; init; }

    public required float KeyY { get; init; }
}

/// <summary>An event's row: its summary and date line, and its mark.</summary>
public sealed record TimelineChartRow(string Summary, string Detail, float Top, float CentreY, TimelineMark Mark, ChartColour Colour, bool IsInferred);

/// <summary>
/// A point (an exact day, <see cref="IsPoint"/>, at <see cref="X1"/> = <see cref="X2"/>) or a bar over the span a coarser date
/// covers; a bar cut by the edge of the axis says so, since its date runs on outside the period.
/// </summary>
public sealed record TimelineMark(float X1, float X2, bool IsPoint, bool CutAtStart, bool CutAtEnd);

/// <summary>A labelled tick on the time axis.</summary>
public sealed record ChartTick(float X, string Label);
