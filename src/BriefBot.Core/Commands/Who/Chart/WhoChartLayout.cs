using BriefBot.Core.Charts;

namespace BriefBot.Core.Commands.Who.Chart;

/// <summary>
/// Where everything on a relation picture goes, before anything is drawn: the actor in the middle, the actors it
/// shares events with on a ring around it, one edge each, as thick as their shared events are many.
/// </summary>
public sealed record WhoChartLayout
{
    public required int Width { get; init; }

    public required int Height { get; init; }

    public required string Title { get; init; }

    public required string Subtitle { get; init; }

    public required WhoChartNode Centre { get; init; }

    public IReadOnlyList<WhoChartNode> Neighbours { get; init; } = [];

    /// <summary>One per neighbour, in the same order.</summary>
    public IReadOnlyList<WhoChartEdge> Edges { get; init; } = [];

    public IReadOnlyList<ChartLegendItem> Legend { get; init; } = [];
}

/// <summary>An actor's disc and its name, written above the disc (<see cref="LabelAbove"/>) or below it.</summary>
public sealed record WhoChartNode(string Name, float X, float Y, float Radius, ChartColour Colour, bool LabelAbove);

/// <summary>A line from the middle to a neighbour, its width by shared events, the count written at (LabelX, LabelY).</summary>
public sealed record WhoChartEdge(float X1, float Y1, float X2, float Y2, float Width, int SharedEvents, float LabelX, float LabelY);
