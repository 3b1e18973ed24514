using System.Security.Cryptography;
using System.Text;
using BriefBot.Core.Knowledge.Ingest.Dates;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// Merges candidates that tell the same event: same date, shared actors or places, shared words.
/// The drone strike told by two articles becomes one event with two mentions.
/// </summary>
internal static class EventClusterer
{
    public static List<KnowledgeEvent> Cluster(IEnumerable<EventCandidate> candidates)
    {
        var events = new List<KnowledgeEvent>();
        foreach (var group in candidates.GroupBy(c => c.Date).OrderBy(g => g.Key))
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

        var entities = cluster.SelectMany(c => c.ActorIds.Concat(c.PlaceIds)).ToHashSet(StringComparer.Ordinal);
        var words = cluster.SelectMany(c => c.Keywords).ToHashSet(StringComparer.Ordinal);
        var sharedEntities = candidate.ActorIds.Concat(candidate.PlaceIds).Count(entities.Contains);
        var sharedWords = candidate.Keywords.Count(words.Contains);
        var same = (sharedEntities >= 2 && sharedWords >= 1) || (sharedEntities >= 1 && sharedWords >= 2) || sharedWords >= 4;
        return same ? sharedEntities + sharedWords : 0;
    }

    private static KnowledgeEvent ToEvent(List<EventCandidate> cluster)
    {
        var first = cluster[0];
        var lead = cluster.FirstOrDefault(c => c.DateExpression.Derivation == DateDerivation.Explicit) ?? first;
        return new KnowledgeEvent
        {
            Id = StableId(first),
            Date = first.Date,
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
