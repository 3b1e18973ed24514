using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands.Timeline;

/// <summary>
/// The events of a period, oldest first, each with its date at the precision known, sources and an inferred
/// mark; less precise dates that overlap the period go in their own short list, never mixed in.
/// </summary>
internal static class TimelineReplyBuilder
{
    public static Reply Build(KnowledgeReader reader, Period period, ActorIndexEntry? actor, int page, string command)
    {
        var selected = TimelinePage.Of(reader, period, actor, page);
        var (inside, broader, pageCount) = (selected.Inside, selected.Broader, selected.PageCount);
        page = selected.Page;
        var about = actor is null ? "" : $" · {actor.Name}";
        var involving = actor is null ? "" : " involving " + actor.Name;
        if (inside.Count == 0 && broader.Count == 0)
        {
            return new Reply
            {
                Kind = ReplyKind.NotFound,
                Title = $"Timeline: {period.Label}{about}",
                Summary = $"No events on the shelf for {period.Label}{involving}.",
                Choices = NearbyChoices(reader, period, actor),
                IsEphemeral = true,
            };
        }

        var book = new SourceBook(reader.GetArticle);
        var sections = new List<ReplySection>();
        var shown = selected.Shown.ToList();
        if (shown.Count > 0)
        {
            sections.Add(new ReplySection { Heading = "Events", Lines = [.. shown.Select(e => Line(reader, e, book))] });
        }

        if (page == 1 && broader.Count > 0)
        {
            sections.Add(new ReplySection
            {
                Heading = "Also in this period (less precise dates)",
                Lines = [.. selected.AlsoInPeriod.Select(e => Line(reader, e, book))],
                MoreCount = Math.Max(0, broader.Count - TimelinePage.AlsoShown),
            });
        }

        var sourceCount = inside.SelectMany(e => e.Mentions).Select(m => m.Citation.ArticleId).Distinct(StringComparer.Ordinal).Count();
        return new Reply
        {
            Kind = ReplyKind.Answer,
            Title = $"Timeline: {period.Label}{about}",
            // Only less precise dates overlap the period: say plainly there is no dated event in it, never "0 events from 0 articles".
            Summary = inside.Count == 0
                ? $"No dated events on the shelf for {period.Label}{involving}. Only less precise dates overlap it; the nearest periods with events are offered below."
                : FormattableString.Invariant($"{inside.Count} dated event{(inside.Count == 1 ? "" : "s")}, oldest first, from {sourceCount} article{(sourceCount == 1 ? "" : "s")}.") + (pageCount > 1 ? FormattableString.Invariant($" Page {page} of {pageCount}.") : ""),
            Sections = sections,
            Sources = book.Sources,
            Choices = inside.Count == 0 ? NearbyChoices(reader, period, actor) : [],
            Paging = pageCount > 1
                ? new ReplyPaging(page, pageCount, page > 1 ? FormattableString.Invariant($"{command} page:{page - 1}") : null, page < pageCount ? FormattableString.Invariant($"{command} page:{page + 1}") : null)
                : null,
        };
    }

    private static ReplyLine Line(KnowledgeReader reader, KnowledgeEvent e, SourceBook book)
    {
        // Sources that give different dates are each shown with their date, and the line says they differ.
        var cited = new HashSet<Citation>();
        var spans = new List<Span>(ClaimSpans.EventDate(e, book, cited)) { new TextSpan(" — " + e.Summary) };
        var names = e.ActorIds.Concat(e.PlaceIds).Select(id => reader.Index[id]?.Name).OfType<string>().Take(4).ToList();
        if (names.Count > 0)
        {
            spans.Add(new TextSpan(" (" + string.Join(", ", names) + ")"));
        }

        var rest = e.Mentions.Where(m => !cited.Contains(m.Citation)).Select(m => book.Cite(m.Citation)).Distinct().ToList();
        if (rest.Count > 0)
        {
            spans.Add(new TextSpan(" "));
            spans.AddRange(rest);
        }

        if (e.ArticleCount > 1)
        {
            spans.Add(new TextSpan(FormattableString.Invariant($" · {e.ArticleCount} sources")));
        }

        return new ReplyLine(spans);
    }

    /// <summary>Periods near the one asked that do have events, for an answer with no dated event, as commands to run.</summary>
    private static IReadOnlyList<ReplyChoice> NearbyChoices(KnowledgeReader reader, Period period, ActorIndexEntry? actor) => [.. PeriodSuggestions.Counts(reader.EventDates())
        .Where(p => p.Date.Start != period.Start || p.Date.End != period.End)
        .OrderBy(p => Math.Abs(p.Date.Start.DayNumber - period.Start.DayNumber))
        .Take(3)
        .Select(p => new ReplyChoice(p.Label, null, $"/timeline {p.Value}{(actor is null ? "" : " " + actor.Name)}"))];
}
