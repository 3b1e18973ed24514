using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// Resolves the names of one article to actors. A lone surname ("Aliyev") goes to the full name used most
/// recently in the same article; failing that, to the one person of the shelf with that surname; with two or
/// more such people it stays ambiguous and is attributed to nobody.
/// </summary>
internal sealed class MentionResolver(ActorRegistry registry, Dictionary<string, List<string>> surnames)
{
    public IReadOnlyList<ResolvedSentence> Resolve(ArticleExtraction extraction, Dictionary<string, HashSet<string>> ambiguous)
    {
        var recentBySurname = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<ResolvedSentence>();
        foreach (var sentence in extraction.Sentences)
        {
            var actors = new List<(RawMention, string)>();
            foreach (var mention in sentence.Mentions)
            {
                var id = ResolveOne(mention, recentBySurname, ambiguous);
                if (id is null)
                {
                    continue;
                }

                actors.Add((mention, id));
                var draft = registry[id];
                if (draft.Kind == ActorKind.Person && !mention.IsSingleWord)
                {
                    recentBySurname[ActorRegistry.LastWord(mention.Surface)] = id;
                }
            }

            result.Add(new ResolvedSentence(extraction.Article, sentence, actors));
        }

        return result;
    }

    private string? ResolveOne(RawMention mention, Dictionary<string, string> recentBySurname, Dictionary<string, HashSet<string>> ambiguous)
    {
        if (mention.GazetteerId is { } gazetteerId)
        {
            return gazetteerId;
        }

        if (!mention.IsSingleWord)
        {
            return registry.FindByKey(mention.Folded);
        }

        if (recentBySurname.TryGetValue(mention.Folded, out var recent))
        {
            return recent;
        }

        if (surnames.TryGetValue(mention.Folded, out var people))
        {
            if (people.Count == 1)
            {
                return people[0];
            }

            if (!ambiguous.TryGetValue(mention.Surface, out var set))
            {
                ambiguous[mention.Surface] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(people);
            return null;
        }

        // A known single-word name (an acronym, a titled name seen before) or a new titled one.
        if (registry.FindByKey(mention.Folded) is { } known)
        {
            return known;
        }

        return mention.Title is not null || mention.Kind == ActorKind.Organisation
            ? registry.GetOrAdd(mention.Surface, mention.Kind, mention.Title is null ? 1 : 3).Id
            : null;
    }
}
