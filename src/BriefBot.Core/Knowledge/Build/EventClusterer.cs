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
            var byWord = new Dictionary<string, List<MergedCandidates>>(StringComparer.Ordinal);
            var bySentence = new Dictionary<(string, int), List<MergedCandidates>>();
            foreach (var candidate in group.OrderBy(c => c.Citation.ArticleId, StringComparer.Ordinal).ThenBy(c => c.SentenceIndex))
            {
                var best = Best(candidate, Reachable(candidate, byActor, byWord, bySentence));
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

                foreach (var word in candidate.Keywords.Where(w => !best.Words.Contains(w)))
                {
                    Index(byWord, word, best);
                }

                best.Add(candidate);
            }

            events.AddRange(clusters.Select(c => ToEvent(c.Members)));
        }

        return events;
    }

    /// <summary>
    /// Clusters that can score above 0: the same sentence, or a shared participant and a shared word (every other
    /// match needs both). Read from the shorter of the two indexes: a frequent participant ("the United States")
    /// is in thousands of a year's clusters, its words in fewer.
    /// </summary>
    private static HashSet<MergedCandidates> Reachable(EventCandidate candidate, Dictionary<string, List<MergedCandidates>> byActor, Dictionary<string, List<MergedCandidates>> byWord, Dictionary<(string, int), List<MergedCandidates>> bySentence)
    {
        var reachable = new HashSet<MergedCandidates>(bySentence.GetValueOrDefault(SentenceOf(candidate)) ?? []);
        var actorLists = candidate.ActorIds.Select(id => byActor.GetValueOrDefault(id)).OfType<List<MergedCandidates>>().ToList();
        var wordLists = candidate.Keywords.Select(w => byWord.GetValueOrDefault(w)).OfType<List<MergedCandidates>>().ToList();
        foreach (var list in actorLists.Sum(l => l.Count) <= wordLists.Sum(l => l.Count) ? actorLists : wordLists)
        {
            reachable.UnionWith(list);
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

    /// <summary>
    /// 0 when the two should stay apart; otherwise higher is closer. The candidate is compared with each telling
    /// of the cluster, not with all their words and participants at once: a cluster's union grows with every
    /// telling and would soon share a participant and two words with anything (52 stories of one day became one
    /// event that way), and it must agree with at least half of them. Tellings whose dates nest score by what they
    /// share; a telling a few days off joins only on more in common, and scores below any that agree, so the
    /// disagreement is recorded rather than a second event made.
    /// </summary>
    private static double Similarity(EventCandidate candidate, MergedCandidates cluster)
    {
        if (cluster.Sentences.Contains(SentenceOf(candidate)))
        {
            return 100;
        }

        if (cluster.Dates.All(d => Nest(d, candidate.Date)))
        {
            // One telling in common is a chain, not the same event: at least half of them must agree.
            var scores = cluster.Members.Select(m => Agreeing(candidate, m)).ToList();
            return scores.Count(x => x > 0) * 2 >= scores.Count ? scores.Max() : 0;
        }

        if (!Disputable(candidate) || !cluster.Dates.All(d => Nest(d, candidate.Date) || Close(d, candidate.Date))
            || cluster.Members.Any(m => !Nest(m.Date, candidate.Date) && (!Disputable(m) || m.Citation.ArticleId == candidate.Citation.ArticleId)))
        {
            return 0;
        }

        return cluster.Members.Max(m => Disputing(candidate, m, cluster.Dates.Contains(candidate.Date)));
    }

    /// <summary>Two tellings whose dates nest: a shared participant, and two shared words or one and a second participant or place.</summary>
    private static double Agreeing(EventCandidate candidate, EventCandidate telling)
    {
        var (actors, places, words) = Shared(candidate, telling);
        var same = actors >= 1 && (words >= 2 || (words >= 1 && actors + places >= 2));
        return same ? actors + places + words : 0;
    }

    /// <summary>A telling a few days off: as close as an agreeing one if the cluster already holds its date, else far closer in words.</summary>
    private static double Disputing(EventCandidate candidate, EventCandidate telling, bool dateAlreadyClaimed)
    {
        var (actors, places, words) = Shared(candidate, telling);
        if (actors == 0 || words == 0)
        {
            return 0;
        }

        var score = (double)(actors + places + words);
        if (dateAlreadyClaimed && words >= 2)
        {
            return score;
        }

        // Most of the words of the shorter telling, not merely a few of two long sentences, and the same
        // participants: one telling's are all among the other's (the same issuer, not two issuers with one lead manager).
        var fewer = Math.Min(candidate.Keywords.Count, telling.Keywords.Count);
        var sameParticipants = candidate.ActorIds.All(telling.ActorIds.Contains) || telling.ActorIds.All(candidate.ActorIds.Contains);
        return sameParticipants && words >= DisputeWords && words * 2 >= fewer ? score / 1000 : 0;
    }

    private static (int Actors, int Places, int Words) Shared(EventCandidate a, EventCandidate b) =>
        (a.ActorIds.Count(b.ActorIds.Contains), a.PlaceIds.Count(b.PlaceIds.Contains), a.Keywords.Count(b.Keywords.Contains));

    /// <summary>Words two tellings a few days apart must share to be one event told with different dates.</summary>
    private const int DisputeWords = 3;

    /// <summary>The most days two tellings of one event can be apart and still be a disagreement, not two events.</summary>
    private const int DisputeDays = 3;

    private static bool Nest(PartialDate a, PartialDate b) => a.Contains(b) || b.Contains(a);

    /// <summary>Two different days close together: the same event dated differently, at the same precision.</summary>
    private static bool Close(PartialDate a, PartialDate b) => a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day
        && Math.Abs(a.Start.DayNumber - b.Start.DayNumber) <= DisputeDays;

    /// <summary>
    /// A day the article writes out ("June 2, 2031", or "June 2" in a story of 2031). One worked out from another date
    /// ("the following day") or from when the story was filed ("yesterday") is too loose to contradict anyone.
    /// </summary>
    private static bool Disputable(EventCandidate candidate) => !candidate.IsDateline && candidate.DateExpression.Derivation switch
    {
        DateDerivation.Explicit => true,
        DateDerivation.DocumentDate => candidate.DateExpression.Text.Any(char.IsAsciiDigit),
        _ => false,
    };

    private static (string ArticleId, int Sentence) SentenceOf(EventCandidate candidate) => (candidate.Citation.ArticleId, candidate.SentenceIndex);

    private static KnowledgeEvent ToEvent(List<EventCandidate> cluster)
    {
        var first = cluster[0];
        var finest = cluster.OrderByDescending(c => c.Date.Precision).First();
        var claims = DateClaims(cluster);
        var placed = claims.Count == 0 ? finest.Date : claims.Where(c => !c.IsCorrected).OrderByDescending(c => c.Publishers.Count).ThenBy(c => c.Date).First().Date;
        // Told in the words of a telling that gives the date shown: a revision reads as the corrected article says it.
        var lead = cluster.FirstOrDefault(c => c.DateExpression.Derivation == DateDerivation.Explicit && (claims.Count == 0 || c.Date == placed))
            ?? cluster.FirstOrDefault(c => c.DateExpression.Derivation == DateDerivation.Explicit) ?? first;
        return new KnowledgeEvent
        {
            Id = StableId(first),
            Date = placed,
            IsInferred = cluster.All(c => c.DateExpression.Derivation != DateDerivation.Explicit),
            Summary = lead.Summary,
            ActorIds = [.. cluster.SelectMany(c => c.ActorIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            PlaceIds = [.. cluster.SelectMany(c => c.PlaceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Mentions = [.. cluster
                .DistinctBy(c => (c.Citation.ArticleId, c.SentenceIndex))
                .Select(c => new EventMention { Citation = c.Citation, DateText = c.DateExpression.Text, Derivation = c.DateExpression.Derivation, Publisher = c.Publisher })],
            DateClaims = claims,
        };
    }

    /// <summary>
    /// The finest dates the tellings give, each with its tellings, when there is more than one; a coarser date
    /// that holds them ("March 2026") sides with none. Empty when the tellings agree.
    /// </summary>
    private static List<DateClaim> DateClaims(List<EventCandidate> all)
    {
        // Only dates the articles state are claims; one worked out from another ("a day later") is not.
        var cluster = all.Where(Disputable).ToList();
        var dates = cluster.Select(c => c.Date).Distinct().ToList();
        var finest = dates.Where(d => !dates.Any(o => o != d && d.Contains(o))).Order().ToList();
        // Only days a few apart are claims; dates that merely fail to nest came together by the same sentence.
        if (finest.Count < 2 || !finest.All(a => finest.All(b => a == b || Close(a, b))))
        {
            return [];
        }

        // An article that gives two of the dates itself ("on 5 and 7 March") tells a sequence, not a claim.
        var sequences = cluster.Where(c => finest.Contains(c.Date)).GroupBy(c => c.Citation.ArticleId, StringComparer.Ordinal)
            .Where(g => g.Select(c => c.Date).Distinct().Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        finest = [.. finest.Where(d => cluster.Any(c => c.Date == d && !sequences.Contains(c.Citation.ArticleId)))];
        if (finest.Count < 2)
        {
            return [];
        }

        var tellings = finest.Select(d => cluster.Where(c => c.Date == d && !sequences.Contains(c.Citation.ArticleId)).DistinctBy(c => (c.Citation.ArticleId, c.SentenceIndex)).ToList()).ToList();
        var corrected = Corrections.Corrected([.. tellings.Select(t => (IReadOnlyList<(string?, DateOnly?)>)[.. t.Select(c => (c.Publisher, c.Published))])]);
        return [.. finest.Select((d, i) => new DateClaim
        {
            Date = d,
            Citations = [.. tellings[i].Select(c => c.Citation)],
            Publishers = [.. tellings[i].Select(c => c.Publisher ?? c.Citation.ArticleId).Distinct(StringComparer.OrdinalIgnoreCase)],
            IsCorrected = corrected[i],
        })];
    }

    /// <summary>Derived from the date and the first telling, so rebuilding the same shelf gives the same ids.</summary>
    private static string StableId(EventCandidate first)
    {
        var key = $"{first.Date.ToTimex()}|{first.Citation.ArticleId}|{first.Citation.Paragraph}|{first.Citation.Quote}";
        return "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
    }

    /// <summary>Candidates merged so far, with all their participants and words kept up to date, which the indexes read.</summary>
    private sealed class MergedCandidates(int order)
    {
        public int Order { get; } = order;

        public List<EventCandidate> Members { get; } = [];

        public HashSet<PartialDate> Dates { get; } = [];

        public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        public HashSet<(string, int)> Sentences { get; } = [];

        public void Add(EventCandidate candidate)
        {
            Members.Add(candidate);
            Dates.Add(candidate.Date);
            Actors.UnionWith(candidate.ActorIds);
            Words.UnionWith(candidate.Keywords);
            Sentences.Add(SentenceOf(candidate));
        }
    }
}
