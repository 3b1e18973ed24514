namespace BriefBot.Core.Knowledge.Search;

public sealed partial class SentenceIndex
{
    /// <summary>A named actor weighs like a rare word: the question is about it, whatever alias the sentence uses.</summary>
    private const float ActorBoost = 1.5f;

    /// <summary>Below this BM25 score a sentence shares only common words with the question.</summary>
    private const float MinScore = 2.0f;

    /// <summary>
    /// "Scores well enough": the sentence covers at least half of what the question asks (its distinct terms, and
    /// the named actors as one more part), and at least one of its words when it has any.
    /// </summary>
    private static bool Covers(int terms, bool actorsAsked, int matchedTerms, bool matchedActor)
    {
        var parts = terms + (actorsAsked ? 1 : 0);
        var matched = matchedTerms + (matchedActor ? 1 : 0);
        return matched >= 1 && matched * 2 >= parts && (terms == 0 || matchedTerms >= 1);
    }
}
