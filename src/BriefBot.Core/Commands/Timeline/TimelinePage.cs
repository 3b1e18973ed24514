using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;

namespace BriefBot.Core.Commands.Timeline;

/// <summary>
/// Which events one page of a period's timeline shows, for the text answer and its chart alike: the dated events
/// inside the period, oldest first by the last day they can have happened ("March 2026" follows "4 March 2026"),
/// <see cref="PageSize"/> a page; on page 1 also the first <see cref="AlsoShown"/> less precise dates that overlap it.
/// </summary>
internal sealed record TimelinePage(IReadOnlyList<KnowledgeEvent> Inside, IReadOnlyList<KnowledgeEvent> Broader, int Page, int PageCount)
{
    public const int PageSize = 10;
    public const int AlsoShown = 5;

    /// <summary>The page's dated events.</summary>
    public IEnumerable<KnowledgeEvent> Shown => Inside.Skip((Page - 1) * PageSize).Take(PageSize);

    /// <summary>The less precise dates listed apart: only on page 1.</summary>
    public IEnumerable<KnowledgeEvent> AlsoInPeriod => Page == 1 ? Broader.Take(AlsoShown) : [];

    public static TimelinePage Of(KnowledgeReader reader, Period period, ActorIndexEntry? actor, int page)
    {
        var found = reader.EventsOverlapping(period.Start, period.End, actor?.Id);
        var inside = found.Where(e => period.Holds(e.Date)).OrderBy(e => e.Date.End).ThenBy(e => e.Date.Start).ToList();
        var broader = found.Where(e => !period.Holds(e.Date)).OrderBy(e => e.Date).ToList();
        var pageCount = Math.Max(1, (inside.Count + PageSize - 1) / PageSize);
        return new TimelinePage(inside, broader, Math.Clamp(page, 1, pageCount), pageCount);
    }
}
