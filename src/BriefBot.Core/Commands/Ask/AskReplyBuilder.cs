using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Search;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands.Ask;

/// <summary>Quotes → reply: one section per sentence (the article as heading), the quote, then where and who.</summary>
internal static class AskReplyBuilder
{
    private const int ActorsShown = 4;
    private const int EventsShown = 2;
    private const int HeadingLength = 90;

    public static Reply Answer(KnowledgeReader reader, string question, ReadQuestion read, IReadOnlyList<SentenceHit> hits)
    {
        var articles = new Dictionary<string, Article?>(StringComparer.Ordinal);
        Article? ArticleOf(string id) => articles.TryGetValue(id, out var a) ? a : articles[id] = reader.GetArticle(id);
        var book = new SourceBook(ArticleOf);
        var sections = new List<ReplySection>();
        foreach (var (hit, number) in hits.Select((h, i) => (h, i + 1)))
        {
            var sentence = hit.Sentence;
            var article = ArticleOf(sentence.ArticleId);
            var lines = new List<ReplyLine>
            {
                new(new QuoteSpan(sentence.Text), new TextSpan(" "), book.Cite(new Citation(sentence.ArticleId, sentence.Paragraph, sentence.Text))),
                Where(reader, sentence, article),
            };
            if (Events(reader, sentence) is { } events)
            {
                lines.Add(events);
            }

            sections.Add(new ReplySection
            {
                Heading = ChoiceText.Shorten(FormattableString.Invariant($"{number}. {article?.Title ?? sentence.ArticleId}"), HeadingLength),
                Lines = lines,
            });
        }

        return new Reply
        {
            Kind = ReplyKind.Answer,
            Title = ChoiceText.Shorten(question, 200),
            Summary = Summary(hits.Count, read),
            Sections = sections,
            Sources = book.Sources,
        };
    }

    private static string Summary(int count, ReadQuestion read)
    {
        var text = count == 1 ? "One sentence from the shelf, quoted as written." : FormattableString.Invariant($"{count} sentences from the shelf, best first, quoted as written.");
        var about = new List<string>();
        if (read.Actors.Count > 0)
        {
            about.Add("about " + string.Join(" or ", read.Actors.Select(a => a.Name)));
        }

        if (read.Periods.Count > 0)
        {
            about.Add("dated " + string.Join(" or ", read.Periods.Select(p => p.ToString())));
        }

        return about.Count == 0 ? text : text + " Read as: " + string.Join("; ", about) + ".";
    }

    private static ReplyLine Where(KnowledgeReader reader, SentenceEntry sentence, Article? article)
    {
        var spans = new List<Span> { new TextSpan(FormattableString.Invariant($"¶{sentence.Paragraph}")) };
        if (article?.Published is { } published)
        {
            spans.Add(new TextSpan(" · "));
            spans.Add(new DateSpan(new PartialDate(published, DatePrecision.Day), IsInferred: false));
        }

        var named = sentence.ActorIds.Select(id => reader.Index[id]).OfType<ActorIndexEntry>()
            .OrderByDescending(a => a.MentionCount).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        if (named.Count > 0)
        {
            spans.Add(new TextSpan(" · "));
            spans.Add(new StrongSpan(string.Join(", ", named.Take(ActorsShown).Select(a => a.Name))));
            if (named.Count > ActorsShown)
            {
                spans.Add(new TextSpan(FormattableString.Invariant($" and {named.Count - ActorsShown} more")));
            }
        }

        return new ReplyLine(spans);
    }

    private static ReplyLine? Events(KnowledgeReader reader, SentenceEntry sentence)
    {
        var events = sentence.EventIds.Select(reader.GetEvent).OfType<KnowledgeEvent>()
            .Where(e => e.ActorIds.Count + e.PlaceIds.Count <= SentenceEntries.MostActorsPerEvent)
            .Take(EventsShown).ToList();
        if (events.Count == 0)
        {
            return null;
        }

        var spans = new List<Span> { new TextSpan(events.Count == 1 ? "Event: " : "Events: ") };
        foreach (var (e, i) in events.Select((e, i) => (e, i)))
        {
            if (i > 0)
            {
                spans.Add(new TextSpan("; "));
            }

            spans.Add(new DateSpan(e.Date, e.IsInferred));
            spans.Add(new TextSpan(" — " + ChoiceText.Shorten(e.Summary, 100)));
        }

        return new ReplyLine(spans);
    }
}
