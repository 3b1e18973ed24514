using BriefBot.Core.Charts;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands.Who.Chart;

/// <summary>The picture for <c>/who NAME chart:png</c>: the actor and the actors it shares events with.</summary>
public static class WhoChart
{
    public static IReadOnlyList<WhoChartNeighbour> Neighbours(KnowledgeReader reader, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(actor);
        return [.. actor.Related
            .Where(r => r.SharedEvents > 0 && r.ActorId != actor.Id)
            .Select(r => (Related: r, Entry: reader.Index[r.ActorId]))
            .Where(x => x.Entry is not null)
            .Select(x => new WhoChartNeighbour(x.Entry!.Name, x.Entry.Kind, x.Related.SharedEvents))];
    }

    public static ReplyAttachment Attachment(KnowledgeReader reader, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var layout = WhoChartPlanner.Plan(actor.Name, actor.Kind, Neighbours(reader, actor));
        return new ReplyAttachment("who-" + Knowledge.Text.TextFolding.Slug(actor.Name) + ".png", ChartPng.ContentType, WhoChartPainter.Paint(layout));
    }
}
