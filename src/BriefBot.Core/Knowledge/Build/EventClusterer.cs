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
            var clusters = new List<List<EventCandidate>>();
            foreach (var candidate in group.OrderBy(c => c.Citation.ArticleId, StringComparer.Ordinal).ThenBy(c => c.SentenceIndex))
            {
                var best = clusters
                    .Select(cluster => (cluster, score: Similarity(candidate, cluster)))
                    .Where(x => x.score > 0)
                    .OrderByDescending(x => x.score)
                    .Select(x => x.cluster)
                    .FirstOrDefault();
                if (best is null)
                {
                    clusters.Add([candidate]);
                }
                else
                {
                    best.Add(candidate);
                }
            }

            events.AddRange(clusters.Select(ToEvent));
        }

        return events;
    }

    /// <summary>0 when the two should stay apart; otherwise higher is closer.</summary>
    private static double Similarity(EventCandidate candidate, List<EventCandidate> cluster)
    {
        if (cluster.Any(c => c.Citation.ArticleId == candidate.Citation.ArticleId && c.SentenceIndex == candidate.SentenceIndex))
        {
            return 100;
        }

        if (!cluster.All(c => c.Date.Contains(candidate.Date) || candidate.Date.Contains(c.Date)))
        {
            return 0;
        }

        var actors = cluster.SelectMany(c => c.ActorIds).ToHashSet(StringComparer.Ordinal);
        var places = cluster.SelectMany(c => c.PlaceIds).ToHashSet(StringComparer.Ordinal);
        var words = cluster.SelectMany(c => c.Keywords).ToHashSet(StringComparer.Ordinal);
        var sharedActors = candidate.ActorIds.Count(actors.Contains);
        var sharedPlaces = candidate.PlaceIds.Count(places.Contains);
        var sharedWords = candidate.Keywords.Count(words.Contains);
        var same = sharedActors >= 1 && (sharedWords >= 2 || (sharedWords >= 1 && sharedActors + sharedPlaces >= 2));
        return same ? sharedActors + sharedPlaces + sharedWords : 0;
    }

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
}
