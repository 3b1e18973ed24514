using BriefBot.Core.Charts;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Commands.Who.Chart;

/// <summary>
/// Lays a relation picture out: pure arithmetic, no drawing. The neighbours sit on an ellipse, most shared events first,
/// clockwise from the top, so the same shelf always gives the same picture. Sized for chat previews
/// (<see cref="ChartPreview"/>): <see cref="ChartPreview.ChartWidth"/> wide, names get <see cref="NameShare"/> of it.
/// </summary>
public static class WhoChartPlanner
{
    public const int Width = ChartPreview.ChartWidth;
    public const int Height = 680;

    /// <summary>Ten names around the ring is as many as fit side by side at this width.</summary>
    public const int MaxNeighbours = 10;
    public const float CentreRadius = 30;
    public const float MinRadius = 12;
    public const float MaxRadius = 22;
    public const float MinEdge = 2;
    public const float MaxEdge = 12;

    /// <summary>Names, counts and the key; the middle name is bigger.</summary>
    public const float TextSize = ChartPreview.SmallestText;
    public const float CentreTextSize = 22;
    public const float TitleSize = ChartPreview.TitleText;

    /// <summary>The share of the width a neighbour's name may take, centred under or over its disc.</summary>
    public const float NameShare = 0.3f;
    public const float NameWidth = Width * NameShare;

    /// <summary>A neighbour's name takes up to two lines, broken between words.</summary>
    public const int NameLines = 2;
    public const int NameLineHeight = 23;

    /// <summary>One key entry per actor kind, at most five, on two lines.</summary>
    public const int LegendColumns = 3;
    public const int LegendLineHeight = 30;

    /// <summary>The band at the bottom the key takes.</summary>
    public const int LegendHeight = (2 * LegendLineHeight) + 10;

    /// <summary>Where the ring's names may go: under the subtitle, over the key.</summary>
    public const float TopOfRing = 72;
    private const float NameClearance = 29 + ((NameLines - 1) * NameLineHeight);
    private const float CentreX = Width / 2f;
    private const float RingX = CentreX - ChartFrame.Margin - (NameWidth / 2);
    private const float RingTop = TopOfRing + MaxRadius + NameClearance;
    private const float RingBottom = Height - LegendHeight - 6 - MaxRadius - NameClearance;
    private const float CentreY = (RingTop + RingBottom) / 2;
    private const float RingY = (RingBottom - RingTop) / 2;

    public static WhoChartLayout Plan(string name, ActorKind kind, IReadOnlyList<WhoChartNeighbour> neighbours)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        var shown = neighbours.Where(n => n.SharedEvents > 0)
            .OrderByDescending(n => n.SharedEvents)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(MaxNeighbours)
            .ToList();
        var most = shown.Count == 0 ? 1 : shown[0].SharedEvents;
        var nodes = new List<WhoChartNode>(shown.Count);
        var edges = new List<WhoChartEdge>(shown.Count);
        for (var i = 0; i < shown.Count; i++)
        {
            var n = shown[i];
            var angle = (-Math.PI / 2) + (2 * Math.PI * i / shown.Count);
            var x = (float)(CentreX + (RingX * Math.Cos(angle)));
            var y = (float)(CentreY + (RingY * Math.Sin(angle)));
            var share = (float)n.SharedEvents / most;
            nodes.Add(new WhoChartNode(n.Name, x, y, MinRadius + ((MaxRadius - MinRadius) * share), KindColour(n.Kind), y < CentreY - 1));
            edges.Add(new WhoChartEdge(CentreX, CentreY, x, y, MinEdge + ((MaxEdge - MinEdge) * share), n.SharedEvents, CentreX + ((x - CentreX) * 0.6f), CentreY + ((y - CentreY) * 0.6f)));
        }

        var kinds = shown.Select(n => n.Kind).Prepend(kind).Distinct().OrderBy(k => k).ToList();
        var columnWidth = (Width - (2 * ChartFrame.Margin)) / LegendColumns;
        return new WhoChartLayout
        {
            Width = Width,
            Height = Height,
            Title = $"{name}: who shares its events",
            Subtitle = shown.Count == 0
                ? "No other actor shares a dated event with it on the shelf."
                : FormattableString.Invariant($"{shown.Count} actor{(shown.Count == 1 ? "" : "s")}{(neighbours.Count(n => n.SharedEvents > 0) > shown.Count ? " with most shared events" : "")}; line width and number: events together"),
            Centre = new WhoChartNode(name, CentreX, CentreY, CentreRadius, KindColour(kind), false),
            Neighbours = nodes,
            Edges = edges,
            Legend = [.. kinds.Select((k, i) => new ChartLegendItem(KindName(k), KindColour(k), ChartFrame.Margin + (i % LegendColumns * columnWidth), Height - LegendHeight + (i / LegendColumns * LegendLineHeight)))],
        };
    }

    public static ChartColour KindColour(ActorKind kind) => kind switch
    {
        ActorKind.Person => ChartPalette.Actors[0],
        ActorKind.State => ChartPalette.Actors[1],
        ActorKind.Organisation => ChartPalette.Actors[2],
        ActorKind.Place => ChartPalette.Actors[3],
        _ => ChartPalette.Other,
    };

    private static string KindName(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.State => "state",
        ActorKind.Organisation => "organisation",
        ActorKind.Place => "place",
        _ => "other",
    };
}
