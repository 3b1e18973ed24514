using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Search;

/// <summary>
/// Turns the built knowledge base into index entries. A sentence belongs to the actors its facts, roles and events
/// cite it for, and to the actors its names resolve to uniquely (a lone surname to the full name used earlier in
/// the same article, else to the one actor with that last name), so a question naming any alias finds it.
/// </summary>
internal static class SentenceEntries
{
    /// <summary>
    /// An event with more actors than this is a cluster of many stories (a bare "1987" told everywhere): the
    /// sentence still belongs to it, but does not take on all of its actors.
    /// </summary>
    public const int MostActorsPerEvent = 12;

    public static IEnumerable<SentenceEntry> From(IEnumerable<ArticleExtraction> extractions, IReadOnlyList<Actor> actors, IReadOnlyList<KnowledgeEvent> events)
    {
        var cited = new Dictionary<(string, int, string), HashSet<string>>();
        foreach (var actor in actors)
        {
            foreach (var citation in actor.Facts.Select(f => f.Citation).Concat(actor.Roles.Select(r => r.Citation)))
            {
                Add(cited, Key(citation), actor.Id);
            }
        }

        var told = new Dictionary<(string, int, string), List<KnowledgeEvent>>();
        foreach (var e in events)
        {
            foreach (var mention in e.Mentions)
            {
                var key = Key(mention.Citation);
                if (!told.TryGetValue(key, out var list))
                {
                    told[key] = list = [];
                }

                list.Add(e);
            }
        }

        var names = new NameKeys(actors);
        foreach (var extraction in extractions)
        {
            var recent = new Dictionary<string, string>(StringComparer.Ordinal);
            var article = extraction.Article;
            var lead = extraction.Sentences.Count > 0 ? extraction.Sentences[0].Text : "";
            var previous = "";
            foreach (var sentence in extraction.Sentences)
            {
                var key = (article.Id, sentence.Paragraph, sentence.Text);
                var ids = new SortedSet<string>(StringComparer.Ordinal);
                ids.UnionWith(cited.GetValueOrDefault(key) ?? []);
                foreach (var mention in sentence.Mentions)
                {
                    if (names.Resolve(mention, recent) is { } id)
                    {
                        ids.Add(id);
                    }
                }

                var sentenceEvents = told.GetValueOrDefault(key) ?? [];
                foreach (var e in sentenceEvents.Where(e => e.ActorIds.Count + e.PlaceIds.Count <= MostActorsPerEvent))
                {
                    ids.UnionWith(e.ActorIds);
                    ids.UnionWith(e.PlaceIds);
                }

                yield return new SentenceEntry
                {
                    ArticleId = article.Id,
                    Paragraph = sentence.Paragraph,
                    Index = sentence.Index,
                    Text = sentence.Text,
                    Context = string.Join(' ', new[] { article.Title, sentence.Index == 0 ? "" : lead, previous == lead ? "" : previous }.Where(t => t.Length > 0)),
                    ActorIds = [.. ids],
                    EventIds = [.. sentenceEvents.Select(e => e.Id).Distinct(StringComparer.Ordinal)],
                    Dates = Dates(sentenceEvents, sentence, article),
                };
                previous = sentence.Text;
            }
        }
    }

    /// <summary>Its events' dates, else the dates it states; and always the day it was published, when it was said.</summary>
    private static List<PartialDate> Dates(List<KnowledgeEvent> events, SentenceRecord sentence, Article article)
    {
        var dates = events.Count > 0
            ? events.Select(e => e.Date).ToList()
            : sentence.Dates.Where(d => d.Date is not null).Select(d => d.Date!.Value).ToList();
        if (article.Published is { } published)
        {
            dates.Add(new PartialDate(published, DatePrecision.Day));
        }

        return [.. dates.Distinct()];
    }

    private static (string, int, string) Key(Citation citation) => (citation.ArticleId, citation.Paragraph, citation.Quote);

    private static void Add(Dictionary<(string, int, string), HashSet<string>> map, (string, int, string) key, string id)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(id);
    }
}
