using System.Security.Cryptography;
using System.Text;
using BriefBot.Core.Knowledge.Ingest.Dates;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// Merges candidates that tell the same event: dates that agree at the coarser precision, a shared participant
/// (a place or dateline alone is not one) and shared words. The drone strike told by two articles becomes one
/// event with two mentions; three stories filed from the same city on the same day stay three events.
/// </summary>
internal static class EventClusterer
{
    public static List<KnowledgeEvent> Cluster(IEnumerable<EventCandidate> candidates)
    {
        var events = new List<KnowledgeEvent>();
        foreach (var group in candidates.GroupBy(c => c.Date.Start.Year).OrderBy(g => g.Key))
        {
            var clusters = new List<MergedCandidates>();

            // Only a cluster that shares a participant or the very sentence can take a candidate, so each
            // candidate is scored against those alone, not against every cluster of its year.
            var byActor = new Dictionary<string, List<MergedCandidates>>(StringComparer.Ordinal);
            var bySentence = new Dictionary<(string, int), List<MergedCandidates>>();
            foreach (var candidate in group.OrderBy(c => c.Citation.ArticleId, StringComparer.Ordinal).ThenBy(c => c.SentenceIndex))
            {
                var best = Best(candidate, Reachable(candidate, byActor, bySentence));
                if (best is null)
                {
                    best = new MergedCandidates(clusters.Count);
                    clusters.Add(best);
                }

                if (!best.Sentences.Contains(SentenceOf(candidate)))
                {
                    Index(bySentence, SentenceOf(candidate), best);
                }

                foreach (var id in candidate.ActorIds.Where(id => !best.Actors.Contains(id)))
                {
                    Index(byActor, id, best);
                }

                best.Add(candidate);
            }

            events.AddRange(clusters.Select(c => ToEvent(c.Members)));
        }

        return events;
    }

    private static HashSet<MergedCandidates> Reachable(EventCandidate candidate, Dictionary<string, List<MergedCandidates>> byActor, Dictionary<(string, int), List<MergedCandidates>> bySentence)
    {
        var reachable = new HashSet<MergedCandidates>(bySentence.GetValueOrDefault(SentenceOf(candidate)) ?? []);
        foreach (var id in candidate.ActorIds)
        {
            reachable.UnionWith(byActor.GetValueOrDefault(id) ?? []);
        }

        return reachable;
    }

    private static void Index<TKey>(Dictionary<TKey, List<MergedCandidates>> index, TKey key, MergedCandidates cluster)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(cluster);
    }

    /// <summary>The closest cluster; on a tie the one started first, as a scan of every cluster in order would find.</summary>
    private static MergedCandidates? Best(EventCandidate candidate, IEnumerable<MergedCandidates> reachable)
    {
        MergedCandidates? best = null;
        var bestScore = 0.0;
        foreach (var cluster in reachable)
        {
            var score = Similarity(candidate, cluster);
            if (score > bestScore || (score > 0 && score == bestScore && cluster.Order < best!.Order))
            {
                best = cluster;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>0 when the two should stay apart; otherwise higher is closer.</summary>
    private static double Similarity(EventCandidate candidate, MergedCandidates cluster)
    {
        if (cluster.Sentences.Contains(SentenceOf(candidate)))
        {
            return 100;
        }

        if (!cluster.Dates.All(d => d.Contains(candidate.Date) || candidate.Date.Contains(d)))
        {
            return 0;
        }

        var sharedActors = candidate.ActorIds.Count(cluster.Actors.Contains);
        var sharedPlaces = candidate.PlaceIds.Count(cluster.Places.Contains);
        var sharedWords = candidate.Keywords.Count(cluster.Words.Contains);
        var same = sharedActors >= 1 && (sharedWords >= 2 || (sharedWords >= 1 && sharedActors + sharedPlaces >= 2));
        return same ? sharedActors + sharedPlaces + sharedWords : 0;
    }

    private static (string ArticleId, int Sentence) SentenceOf(EventCandidate candidate) => (candidate.Citation.ArticleId, candidate.SentenceIndex);

    private static KnowledgeEvent ToEvent(List<EventCandidate> cluster)
    {
        var first = cluster[0];
        var finest = cluster.OrderByDescending(c => c.Date.Precision).First();
        var lead = cluster.FirstOrDefault(c => c.DateExpression.Derivation == DateDerivation.Explicit) ?? first;
        return new KnowledgeEvent
        {
            Id = StableId(first),
            Date = finest.Date,
            IsInferred = cluster.All(c => c.DateExpression.Derivation != DateDerivation.Explicit),
            Summary = lead.Summary,
            ActorIds = [.. cluster.SelectMany(c => c.ActorIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            PlaceIds = [.. cluster.SelectMany(c => c.PlaceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Mentions = [.. cluster
                .DistinctBy(c => (c.Citation.ArticleId, c.SentenceIndex))
                .Select(c => new EventMention { Citation = c.Citation, DateText = c.DateExpression.Text, Derivation = c.DateExpression.Derivation, Publisher = c.Publisher })],
        };
    }

    /// <summary>Derived from the date and the first telling, so rebuilding the same shelf gives the same ids.</summary>
    private static string StableId(EventCandidate first)
    {
        var key = $"{first.Date.ToTimex()}|{first.Citation.ArticleId}|{first.Citation.Paragraph}|{first.Citation.Quote}";
        return "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
    }

    /// <summary>Candidates merged so far, with the union of what they say kept up to date for scoring.</summary>
    private sealed class MergedCandidates(int order)
    {
        public int Order { get; } = order;

        public List<EventCandidate> Members { get; } = [];

        public HashSet<PartialDate> Dates { get; } = [];

        public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Places { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        public HashSet<(string, int)> Sentences { get; } = [];

        public void Add(EventCandidate candidate)
        {
            Members.Add(candidate);
            Dates.Add(candidate.Date);
            Actors.UnionWith(candidate.ActorIds);
            Places.UnionWith(candidate.PlaceIds);
            Words.UnionWith(candidate.Keywords);
            Sentences.Add(SentenceOf(candidate));
        }
    }
}
