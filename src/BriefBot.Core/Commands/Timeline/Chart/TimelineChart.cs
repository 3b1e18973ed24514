using BriefBot.Core.Charts;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands.Timeline.Chart;

/// <summary>
/// The picture for <c>/timeline … chart:png</c>: the events the text answer lists on the same page
/// (<see cref="TimelinePage"/>: that page's dated events, then on page 1 the less precise dates), in the same order.
/// </summary>
public static class TimelineChart
{
    private const int SummaryLength = 70;

    public static IReadOnlyList<TimelineChartEvent> Events(KnowledgeReader reader, Period period, ActorIndexEntry? actor, int page)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(period);
        var selected = TimelinePage.Of(reader, period, actor, page);
        return [.. selected.Shown.Concat(selected.AlsoInPeriod).Select(e => new TimelineChartEvent(e.Date, e.IsInferred, ChoiceText.Shorten(e.Summary, SummaryLength), MainActor(reader, e, actor)))];
    }

    /// <summary>Draws the chart for the events, or null when there is none to draw.</summary>
    public static ReplyAttachment? Attachment(IReadOnlyList<TimelineChartEvent> events, Period period, string? actorName, string title, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(period);
        if (events.Count == 0)
        {
            return null;
        }

        var layout = TimelineChartPlanner.Plan(title, subtitle, events, period.Start, period.End);
        var stem = "timeline-" + Knowledge.Text.TextFolding.Slug(period.Label + (actorName is null ? "" : " " + actorName));
        return new ReplyAttachment(stem + ".png", ChartPng.ContentType, TimelineChartPainter.Paint(layout));
    }

    /// <summary>
    /// The actor an event is coloured by: its first-named actor, or on an actor's own timeline the first other one
    /// (colouring every row as the asked-for actor would say nothing); a place when no actor is named.
    /// </summary>
    private static string? MainActor(KnowledgeReader reader, KnowledgeEvent e, ActorIndexEntry? asked)
    {
        var id = e.ActorIds.FirstOrDefault(a => a != asked?.Id) ?? (e.ActorIds.Count > 0 ? e.ActorIds[0] : null)
            ?? e.PlaceIds.FirstOrDefault(p => p != asked?.Id) ?? (e.PlaceIds.Count > 0 ? e.PlaceIds[0] : null);
        return id is null ? null : reader.Index[id]?.Name ?? id;
    }
}
