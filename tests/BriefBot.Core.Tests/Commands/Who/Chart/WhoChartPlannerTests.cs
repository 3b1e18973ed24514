using BriefBot.Core.Commands.Who.Chart;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Who.Chart;

/// <summary>The relation picture's layout, checked as numbers before anything is drawn.</summary>
public sealed class WhoChartPlannerTests
{
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
        Assert.All(layout.Neighbours, n =>
        {
            Assert.InRange(n.X - 110, 0, layout.Width);
            Assert.InRange(n.X + 110, 0, layout.Width);
            Assert.InRange(n.Y - n.Radius - 30, 64, layout.Height - 50);
            Assert.InRange(n.Y + n.Radius + 30, 64, layout.Height - 50);
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
}
