using System.Globalization;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Knowledge.Text;
using BriefBot.Core.Replies;
using BriefBot.Core.State;

namespace BriefBot.Core.Digests;

/// <summary>
/// Composes a digest for a window: new articles (with a short extractive summary), updated articles, events
/// dated in the window, events newly reported, corroborations, and the actors most in the news.
/// An actor filter keeps only what concerns those actors. A quiet window says so in one line.
/// </summary>
public static class DigestComposer
{
    private const int MaxPerSection = 10;
    private const int SummarySentences = 2;
    private const int SummaryLength = 320;

    public static Reply Compose(KnowledgeReader reader, IBotState state, DigestWindow window, IReadOnlyCollection<string> actorIds)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(actorIds);
        var book = new SourceBook(reader.GetArticle);
        var filter = actorIds.Count == 0 ? null : actorIds.ToHashSet(StringComparer.Ordinal);
        var articlesOfActors = filter is null ? null : filter.Select(reader.GetActor).OfType<Actor>().SelectMany(a => a.ArticleIds).ToHashSet(StringComparer.Ordinal);
        bool ArticleWanted(string id) => articlesOfActors is null || articlesOfActors.Contains(id);
        bool EventWanted(KnowledgeEvent e) => filter is null || e.ActorIds.Concat(e.PlaceIds).Any(filter.Contains);

        var seenArticles = state.AllArticles();
        var newArticles = seenArticles.Where(s => window.Contains(s.FirstSeenUtc) && ArticleWanted(s.Id)).Select(s => reader.GetArticle(s.Id)).OfType<Article>().ToList();
        var updated = seenArticles.Where(s => s.ChangedUtc is { } c && window.Contains(c) && s.FirstSeenUtc < window.StartUtc && ArticleWanted(s.Id)).ToList();

        // Without an actor filter only: a removed article's actors are gone with it.
        var removed = filter is not null ? [] : seenArticles.Where(s => s.RemovedUtc is { } r && window.Contains(r) && s.FirstSeenUtc < window.StartUtc && reader.GetArticle(s.Id) is null).ToList();

        var dated = reader.EventsOverlapping(window.FirstDay, window.LastDay)
            .Where(e => e.Date.Start >= window.FirstDay && e.Date.End <= window.LastDay && window.OwnsDay(e.Date.End) && EventWanted(e))
            .ToList();
        var seenEvents = state.AllEvents();
        var newlyReported = seenEvents.Where(s => window.Contains(s.FirstSeenUtc)).Select(s => reader.GetEvent(s.Id)).OfType<KnowledgeEvent>()
            .Where(e => !dated.Any(d => d.Id == e.Id) && EventWanted(e)).OrderBy(e => e.Date).ToList();
        var corroborated = seenEvents.Where(s => s.CorroboratedUtc is { } c && window.Contains(c) && s.FirstSeenUtc < window.StartUtc)
            .Select(s => (Seen: s, Event: reader.GetEvent(s.Id))).Where(x => x.Event is not null && EventWanted(x.Event)).ToList();

        // What the window's new and edited paragraphs say, to find where they contradict (or revise) the shelf.
        var newIds = newArticles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var changedParagraphs = updated.ToDictionary(u => u.Id, u => u.AddedParagraphs.Concat(u.EditedParagraphs).ToHashSet(), StringComparer.Ordinal);
        bool IsNew(Citation c) => newIds.Contains(c.ArticleId) || (changedParagraphs.TryGetValue(c.ArticleId, out var paragraphs) && paragraphs.Contains(c.Paragraph));
        var disputed = reader.DisputedEvents().Where(e => EventWanted(e) && e.DateClaims.SelectMany(c => c.Citations).Any(IsNew)).ToList();
        var roleDisputes = reader.ActorsWithRoleDisagreements().Where(a => filter is null || filter.Contains(a.Id))
            .SelectMany(a => a.RoleDisagreements.Where(d => d.Claims.SelectMany(c => c.Citations).Any(IsNew)).Select(d => (Actor: a, Disagreement: d))).ToList();

        var sections = new List<ReplySection>();
        Add(sections, "New on the shelf", newArticles.Select(a => NewArticle(a, book)));
        Add(sections, "Updated", updated.Select(s => Updated(reader, s, book)).OfType<ReplyLine>());
        Add(sections, "Removed from the shelf", removed.Select(s => new ReplyLine(new StrongSpan(s.Title.Length > 0 ? s.Title : s.Id), new TextSpan(" — no longer on the shelf; its facts and events have left the knowledge base."))));
        Add(sections, "What happened", dated.Select(e => EventLine(e, book, null)));
        Add(sections, "Newly reported", newlyReported.Select(e => EventLine(e, book, "newly reported")));
        Add(sections, "Corroborated", corroborated.Select(x => EventLine(x.Event!, book, FormattableString.Invariant($"now {x.Seen.Sources} sources, was {x.Seen.SourcesBefore}"))));
        Add(sections, "Sources disagree", disputed.Where(e => e.SourcesDiffer).Select(e => EventLine(e, book, null))
            .Concat(roleDisputes.Where(x => !x.Disagreement.IsRevision).Select(x => RoleDisputeLine(reader, x.Actor, x.Disagreement, book))));
        Add(sections, "Revised by the source", disputed.Where(e => e.IsRevised).Select(e => EventLine(e, book, null))
            .Concat(roleDisputes.Where(x => x.Disagreement.IsRevision).Select(x => RoleDisputeLine(reader, x.Actor, x.Disagreement, book))));
        Add(sections, "In the news", InTheNews(reader, dated.Concat(newlyReported), IsNew, filter, book));

        var span = FormattableString.Invariant($"{window.FirstDay.ToString("d MMM", CultureInfo.InvariantCulture)} – {window.LastDay.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}");
        return new Reply
        {
            Kind = ReplyKind.Answer,
            Title = "Digest: " + span,
            Summary = sections.Count == 0
                ? "A quiet week: nothing new on the shelf and no dated events in this period."
                : FormattableString.Invariant($"{newArticles.Count} new article{(newArticles.Count == 1 ? "" : "s")}, {dated.Count} event{(dated.Count == 1 ? "" : "s")} in the period, {newlyReported.Count} newly reported."),
            Sections = sections,
            Sources = book.Sources,
        };
    }

    private static void Add(List<ReplySection> sections, string heading, IEnumerable<ReplyLine> lines)
    {
        var all = lines.ToList();
        if (all.Count > 0)
        {
            sections.Add(new ReplySection { Heading = heading, Lines = [.. all.Take(MaxPerSection)], MoreCount = Math.Max(0, all.Count - MaxPerSection) });
        }
    }

    private static ReplyLine NewArticle(Article article, SourceBook book)
    {
        var spans = new List<Span> { article.Url is null ? new StrongSpan(article.Title) : new LinkSpan(article.Title, article.Url) };
        var by = article.Authors.Count == 0 ? "" : " — " + string.Join(", ", article.Authors);
        spans.Add(new TextSpan(by + (article.Published is { } p ? ", " + p.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : ", undated") + ". "));
        spans.Add(new TextSpan(Summary(article) + " "));
        if (article.Paragraphs.Count > 0)
        {
            spans.Add(book.Cite(new Citation(article.Id, article.Paragraphs[0].Number, article.Paragraphs[0].Text)));
        }

        return new ReplyLine(spans);
    }

    /// <summary>The opening sentences, the way news leads are written to be read alone.</summary>
    private static string Summary(Article article)
    {
        var sentences = article.Paragraphs.Take(3)
            .SelectMany(p => SentenceSplitter.Split(p.Text).Select(r => p.Text[r.Start..r.End]))
            .Take(SummarySentences);
        var text = string.Join(' ', sentences);
        return text.Length <= SummaryLength ? text : text[..text.LastIndexOf(' ', SummaryLength)] + "…";
    }

    private static ReplyLine? Updated(KnowledgeReader reader, SeenArticle seen, SourceBook book)
    {
        var article = reader.GetArticle(seen.Id);
        if (article is null)
        {
            return null;
        }

        var spans = new List<Span> { new StrongSpan(article.Title), new TextSpan(" — updated: " + ChangeText(seen) + " ") };
        var first = seen.AddedParagraphs.Concat(seen.EditedParagraphs).Order().Select(n => article.Paragraphs.FirstOrDefault(p => p.Number == n)).OfType<ArticleParagraph>().FirstOrDefault()
            ?? (article.Paragraphs.Count > 0 ? article.Paragraphs[0] : null);
        if (first is not null)
        {
            spans.Add(book.Cite(new Citation(article.Id, first.Number, first.Text)));
        }

        return new ReplyLine(spans);
    }

    /// <summary>"¶7–8 added, ¶3 rewritten, 1 paragraph removed, retitled (was “…”)".</summary>
    internal static string ChangeText(SeenArticle seen)
    {
        if (!seen.HasParagraphDiff)
        {
            return seen.Paragraphs == seen.ParagraphsBefore
                ? FormattableString.Invariant($"edited ({seen.Paragraphs} paragraphs)")
                : FormattableString.Invariant($"now {seen.Paragraphs} paragraphs, was {seen.ParagraphsBefore}");
        }

        var parts = new List<string>();
        if (seen.AddedParagraphs.Count > 0)
        {
            parts.Add(Paragraphs(seen.AddedParagraphs) + " added");
        }

        if (seen.EditedParagraphs.Count > 0)
        {
            parts.Add(Paragraphs(seen.EditedParagraphs) + " rewritten");
        }

        if (seen.RemovedParagraphs > 0)
        {
            parts.Add(FormattableString.Invariant($"{seen.RemovedParagraphs} paragraph{(seen.RemovedParagraphs == 1 ? "" : "s")} removed"));
        }

        if (seen.TitleBefore is not null)
        {
            parts.Add("retitled (was “" + seen.TitleBefore + "”)");
        }

        return parts.Count == 0 ? "edited" : string.Join(", ", parts);
    }

    /// <summary>Paragraph numbers as runs: ¶3, ¶7–9; long lists end "and N more".</summary>
    private static string Paragraphs(IEnumerable<int> numbers)
    {
        const int MaxRuns = 4;
        var runs = new List<(int From, int To)>();
        foreach (var n in numbers.Order())
        {
            if (runs.Count > 0 && runs[^1].To + 1 == n)
            {
                runs[^1] = (runs[^1].From, n);
            }
            else
            {
                runs.Add((n, n));
            }
        }

        var shown = runs.Take(MaxRuns).Select(r => r.From == r.To ? FormattableString.Invariant($"¶{r.From}") : FormattableString.Invariant($"¶{r.From}–{r.To}"));
        var rest = runs.Skip(MaxRuns).Sum(r => r.To - r.From + 1);
        return string.Join(", ", shown) + (rest > 0 ? FormattableString.Invariant($" and {rest} more") : "");
    }

    private static ReplyLine EventLine(KnowledgeEvent e, SourceBook book, string? note)
    {
        var cited = new HashSet<Citation>();
        var spans = new List<Span>(ClaimSpans.EventDate(e, book, cited)) { new TextSpan(" — " + e.Summary + " ") };
        spans.AddRange(e.Mentions.Where(m => !cited.Contains(m.Citation)).Select(m => book.Cite(m.Citation)).Distinct());
        if (note is not null)
        {
            spans.Add(new TextSpan(" (" + note + ")"));
        }

        return new ReplyLine(spans);
    }

    /// <summary>"Chicolini Ravelli: Foreign Minister (Sylvania) [1] · Defence Minister (Sylvania) [2] — sources differ, as of …".</summary>
    private static ReplyLine RoleDisputeLine(KnowledgeReader reader, Actor actor, RoleDisagreement disagreement, SourceBook book) =>
        new([new StrongSpan(actor.Name), new TextSpan(": "), .. ClaimSpans.Roles(disagreement, r => RoleText(reader, r), book)]);

    /// <summary>"Foreign Minister (Sylvania)", the way /who writes roles.</summary>
    private static string RoleText(KnowledgeReader reader, Role role)
    {
        var of = role.OfActorId is null ? null : reader.Index[role.OfActorId]?.Name;
        var title = role.Qualifier is null ? role.Title : role.Qualifier + " " + role.Title;
        return of is null ? title : $"{title} ({of})";
    }

    /// <summary>
    /// The actors most in the news: events in the window, plus what new and edited articles now say of them
    /// (new roles, new facts, cited to the best of them).
    /// </summary>
    private static IEnumerable<ReplyLine> InTheNews(KnowledgeReader reader, IEnumerable<KnowledgeEvent> events, Func<Citation, bool> isNew, HashSet<string>? filter, SourceBook book)
    {

        var eventCounts = events.SelectMany(e => e.ActorIds).GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // Events dated in the window and events newly learned (which is where new and edited articles show).
        var candidates = eventCounts.Keys.Where(id => filter is null || filter.Contains(id));

        return candidates
            .Select(reader.GetActor).OfType<Actor>()
            .Select(actor =>
            {
                var roles = actor.Roles.Where(r => isNew(r.Citation)).Select(r => RoleText(reader, r)).Distinct(StringComparer.Ordinal).Take(2).ToList();
                var facts = actor.Facts.Where(f => isNew(f.Citation)).OrderByDescending(f => f.Score).ToList();
                var count = eventCounts.GetValueOrDefault(actor.Id);
                return (Actor: actor, Events: count, Roles: roles, Facts: facts, Weight: (2 * count) + (2 * roles.Count) + facts.Count);
            })
            .Where(x => x.Weight > 0)
            .OrderByDescending(x => x.Weight).ThenBy(x => x.Actor.Name, StringComparer.Ordinal)
            .Take(5)
            .Select(x =>
            {
                var parts = new List<string>();
                if (x.Events > 0)
                {
                    parts.Add(FormattableString.Invariant($"{x.Events} event{(x.Events == 1 ? "" : "s")}"));
                }

                if (x.Roles.Count > 0)
                {
                    parts.Add("new role: " + string.Join(", ", x.Roles));
                }

                if (x.Facts.Count > 0)
                {
                    parts.Add(FormattableString.Invariant($"{x.Facts.Count} new fact{(x.Facts.Count == 1 ? "" : "s")}"));
                }

                var spans = new List<Span> { new StrongSpan(x.Actor.Name), new TextSpan(" — " + string.Join("; ", parts)) };
                if (x.Facts.Count > 0)
                {
                    spans.Add(new TextSpan(" "));
                    spans.Add(book.Cite(x.Facts[0].Citation));
                }

                return new ReplyLine(spans);
            });
    }
}
