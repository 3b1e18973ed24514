using System.Globalization;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands.Who;

/// <summary>Turns an actor into its card: roles, key facts, events, relations and what they wrote, all cited.</summary>
internal static class WhoReplyBuilder
{
    private const int FactsShown = 5;
    private const int EventsShown = 8;
    private const int RelatedShown = 6;
    private const int QuoteLength = 300;

    public static Reply Card(KnowledgeReader reader, Actor actor)
    {
        var book = new SourceBook(reader.GetArticle);
        var sections = new List<ReplySection>();

        var roles = actor.Roles.OrderByDescending(r => r.AsOf).Take(6).Select(r => new ReplyLine([.. RoleSpans(reader, r), new TextSpan(" "), book.Cite(r.Citation)])).ToList();
        if (roles.Count > 0)
        {
            sections.Add(new ReplySection { Heading = "Roles", Lines = roles, MoreCount = Math.Max(0, actor.Roles.Count - roles.Count) });
        }

        // Different posts for the same time from different articles: each with its sources, none picked.
        var disputes = actor.RoleDisagreements.Select(d => new ReplyLine(ClaimSpans.Roles(d, r => string.Concat(RoleSpans(reader, r with { AsOf = null }).Select(s => s.PlainText)), book))).ToList();
        if (disputes.Count > 0)
        {
            sections.Add(new ReplySection { Heading = "Sources disagree", Lines = disputes });
        }

        var facts = actor.Facts.Take(FactsShown).Select(f => new ReplyLine(new TextSpan(Quote(f.Citation.Quote) + " "), book.Cite(f.Citation))).ToList();
        if (facts.Count > 0)
        {
            sections.Add(new ReplySection { Heading = "Key facts", Lines = facts, MoreCount = Math.Max(0, actor.Facts.Count - facts.Count) });
        }

        var events = actor.EventIds.Select(reader.GetEvent).OfType<KnowledgeEvent>().OrderBy(e => e.Date).ToList();
        if (events.Count > 0)
        {
            sections.Add(new ReplySection
            {
                Heading = "Events",
                Lines = [.. events.Take(EventsShown).Select(e => EventLine(e, book))],
                MoreCount = Math.Max(0, events.Count - EventsShown),
            });
        }

        var related = actor.Related.Take(RelatedShown).Select(r => (Related: r, Actor: reader.Index[r.ActorId])).Where(x => x.Actor is not null).ToList();
        if (related.Count > 0)
        {
            sections.Add(new ReplySection
            {
                Heading = "Related",
                Lines = [.. related.Select(x => new ReplyLine(new StrongSpan(x.Actor!.Name), new TextSpan(" — " + Relation(x.Related))))],
            });
        }

        var wrote = actor.AuthoredArticleIds.Select(reader.GetArticle).OfType<Article>().ToList();
        if (wrote.Count > 0)
        {
            sections.Add(new ReplySection
            {
                Heading = "Wrote",
                Lines = [.. wrote.Select(a => new ReplyLine([
                    a.Url is null ? new TextSpan(a.Title) : new LinkSpan(a.Title, a.Url),
                    new TextSpan(a.Published is { } p ? " (" + p.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + ")" : " (undated)"),
                ]))],
            });
        }

        return new Reply
        {
            Kind = ReplyKind.Answer,
            Title = actor.Name,
            Summary = Summary(reader, actor, wrote.Count),
            Sections = sections,
            Sources = book.Sources,
        };
    }

    private static ReplyLine EventLine(KnowledgeEvent e, SourceBook book)
    {
        var cited = new HashSet<Citation>();
        var date = ClaimSpans.EventDate(e, book, cited);
        return new ReplyLine([.. date, new TextSpan(" — " + e.Summary + " "), .. e.Mentions.Where(m => !cited.Contains(m.Citation)).Select(m => book.Cite(m.Citation)).Distinct()]);
    }

    private static string Summary(KnowledgeReader reader, Actor actor, int wrote)
    {
        var kind = actor.Kind switch
        {
            ActorKind.Person => "Person",
            ActorKind.State => "State",
            ActorKind.Organisation => "Organisation",
            ActorKind.Place => "Place",
            _ => "Named in the articles",
        };
        var role = actor.Roles.OrderByDescending(r => r.Qualifier is null).ThenByDescending(r => r.AsOf).FirstOrDefault();
        var roleText = role is null ? "" : " · " + string.Concat(RoleSpans(reader, role).Select(s => s.PlainText));
        var also = actor.Acronyms.Count > 0 ? " · also " + string.Join(", ", actor.Acronyms) : "";
        return $"{kind}{roleText}{also} · {Presence(actor.ArticleIds.Count, wrote)}";
    }

    /// <summary>
    /// How the actor is on the shelf: "mentioned in 3 articles", "author of 2 articles", or both. An author who is
    /// never named in a story's text is not "mentioned in 0 articles".
    /// </summary>
    private static string Presence(int mentioned, int wrote)
    {
        var parts = new List<string>(2);
        if (wrote > 0)
        {
            parts.Add(FormattableString.Invariant($"author of {wrote} article{(wrote == 1 ? "" : "s")}"));
        }

        if (mentioned > 0 || wrote == 0)
        {
            parts.Add(FormattableString.Invariant($"mentioned in {mentioned} article{(mentioned == 1 ? "" : "s")}"));
        }

        return string.Join(" · ", parts);
    }

    private static IEnumerable<Span> RoleSpans(KnowledgeReader reader, Role role)
    {
        var of = role.OfActorId is null ? null : reader.Index[role.OfActorId]?.Name;
        var title = role.Qualifier is null ? role.Title : role.Qualifier + " " + role.Title;
        yield return new StrongSpan(of is null ? title : $"{title} ({of})");
        if (role.AsOf is { } date)
        {
            yield return new TextSpan(", as of ");
            yield return new DateSpan(date, IsInferred: false);
        }
    }

    private static string Relation(RelatedActor related) => related.SharedEvents > 0
        ? FormattableString.Invariant($"{related.SharedEvents} shared event{(related.SharedEvents == 1 ? "" : "s")}")
        : FormattableString.Invariant($"named together in {related.SharedSentences} sentence{(related.SharedSentences == 1 ? "" : "s")}");

    private static string Quote(string text) => text.Length <= QuoteLength ? text : text[..text.LastIndexOf(' ', QuoteLength)] + "…";
}
