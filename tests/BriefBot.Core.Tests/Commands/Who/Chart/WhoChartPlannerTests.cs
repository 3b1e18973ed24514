using BriefBot.Core.Charts;
using BriefBot.Core.Commands.Who.Chart;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Who.Chart;

/// <summary>The relation picture's layout, checked as numbers before anything is drawn.</summary>
public sealed class WhoChartPlannerTests
{
    [Fact]
    public void The_picture_is_drawn_at_the_preview_width_and_its_text_still_reads_in_each_preview()
    {
        var layout = WhoChartPlanner.Plan("Sylvania", ActorKind.State, [new WhoChartNeighbour("Freedonia", ActorKind.State, 1)]);

        Assert.Equal(ChartPreview.ChartWidth, layout.Width);
        Assert.All(ChartPreview.PreviewWidths, w =>
        {
            foreach (var size in new[] { WhoChartPlanner.TextSize, WhoChartPlanner.CentreTextSize, WhoChartPlanner.TitleSize })
            {
                Assert.True(ChartPreview.Scaled(size, layout.Width, w) >= ChartPreview.MinimumReadablePixels, $"{size} px text at {w} px");
            }
        });
        Assert.Equal(WhoChartPlanner.NameWidth, layout.Width * WhoChartPlanner.NameShare, 0.01f);
    }

    [Fact]
    public void Each_actor_sharing_events_gets_a_node_and_an_edge_as_wide_as_its_share()
    {
        var layout = WhoChartPlanner.Plan("Sylvania", ActorKind.State,
        [
            new WhoChartNeighbour("Port Marl", ActorKind.Place, 1),
            new WhoChartNeighbour("Freedonia", ActorKind.State, 4),
            new WhoChartNeighbour("Rufus Firefly", ActorKind.Person, 2),
            new WhoChartNeighbour("Said nothing together", ActorKind.Person, 0),
        ]);

        Assert.Equal(["Freedonia", "Rufus Firefly", "Port Marl"], layout.Neighbours.Select(n => n.Name));
        Assert.Equal([4, 2, 1], layout.Edges.Select(e => e.SharedEvents));
        Assert.Equal(WhoChartPlanner.MaxEdge, layout.Edges[0].Width);
        Assert.True(layout.Edges[0].Width > layout.Edges[1].Width && layout.Edges[1].Width > layout.Edges[2].Width);
        Assert.All(layout.Edges, e => Assert.Equal((layout.Centre.X, layout.Centre.Y), (e.X1, e.Y1)));
        Assert.Equal(layout.Neighbours.Select(n => (n.X, n.Y)), layout.Edges.Select(e => (e.X2, e.Y2)));
        Assert.True(layout.Neighbours[0].Y < layout.Centre.Y && Math.Abs(layout.Neighbours[0].X - layout.Centre.X) < 0.01, "the most shared sits at the top");
        Assert.Equal(["person", "state", "place"], layout.Legend.Select(l => l.Label));
    }

    [Fact]
    public void Every_node_and_label_stays_inside_the_picture()
    {
        var many = Enumerable.Range(1, 20).Select(i => new WhoChartNeighbour($"Actor number {i}", ActorKind.Organisation, i)).ToList();

        var layout = WhoChartPlanner.Plan("Centre", ActorKind.Person, many);

        Assert.Equal(WhoChartPlanner.MaxNeighbours, layout.Neighbours.Count);
        Assert.Equal("Actor number 20", layout.Neighbours[0].Name);
        // A name of two full lines, over or under its disc, stays between the subtitle and the key.
        var nameHeight = 29 + ((WhoChartPlanner.NameLines - 1) * WhoChartPlanner.NameLineHeight);
        Assert.All(layout.Neighbours, n =>
        {
            Assert.InRange(n.X - (WhoChartPlanner.NameWidth / 2), 0, layout.Width);
            Assert.InRange(n.X + (WhoChartPlanner.NameWidth / 2), 0, layout.Width);
            var top = n.LabelAbove ? n.Y - n.Radius - nameHeight : n.Y - n.Radius;
            var bottom = n.LabelAbove ? n.Y + n.Radius : n.Y + n.Radius + nameHeight;
            Assert.InRange(top, WhoChartPlanner.TopOfRing, layout.Height - WhoChartPlanner.LegendHeight);
            Assert.InRange(bottom, WhoChartPlanner.TopOfRing, layout.Height - WhoChartPlanner.LegendHeight);
        });
        Assert.Contains("most shared", layout.Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_sharing_nothing_is_drawn_alone_and_the_picture_says_why()
    {
        var layout = WhoChartPlanner.Plan("Loner", ActorKind.Person, []);

        Assert.Empty(layout.Neighbours);
        Assert.Empty(layout.Edges);
        Assert.Contains("No other actor", layout.Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_in_the_key_fits_its_column_whole()
    {
        var everyKind = Enum.GetValues<ActorKind>().Select((k, i) => new WhoChartNeighbour($"Actor {i}", k, 1)).ToList();
        var layout = WhoChartPlanner.Plan("Centre", ActorKind.Person, everyKind);
        using var font = ChartFont.Sized(WhoChartPlanner.TextSize);

        var columnWidth = (layout.Width - (2 * ChartFrame.Margin)) / WhoChartPlanner.LegendColumns;
        Assert.Equal(everyKind.Select(n => n.Kind).Distinct().Count(), layout.Legend.Count);
        Assert.All(layout.Legend, l =>
        {
            Assert.True(font.MeasureText(l.Label) <= columnWidth - 30, $"'{l.Label}' would be cut");
            Assert.InRange(l.Y + WhoChartPlanner.LegendLineHeight, 0, layout.Height);
        });
        Assert.Equal(layout.Legend.Count, layout.Legend.Select(l => (l.X, l.Y)).Distinct().Count());
    }
}
