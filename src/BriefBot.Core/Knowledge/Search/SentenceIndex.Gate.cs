namespace BriefBot.Core.Knowledge.Search;

public sealed partial class SentenceIndex
{
    /// <summary>A named actor weighs like a rare word: the question is about it, whatever alias the sentence uses.</summary>
    private const float ActorBoost = 1.5f;

    /// <summary>Title, lead and the sentence before count, but less than the sentence's own words.</summary>
    private const float ContextBoost = 0.4f;

    /// <summary>
    /// A quote scoring below this share of the best one answers a different question. BM25 scores are not comparable
    /// across shelves, so the bar is relative; what the question must cover is absolute (<see cref="Covers"/>).
    /// </summary>
    private const float ShareOfBest = 0.3f;

    /// <summary>
    /// "Scores well enough": the sentence and its context cover at least a third of what the question asks (its
    /// distinct terms, and the named actors as one more part), and the sentence itself holds at least one of the
    /// question's words when it has any.
    /// </summary>
    private static bool Covers(int terms, bool actorsAsked, int matched, int matchedHere, bool matchedActor)
    {
        var parts = terms + (actorsAsked ? 1 : 0);
        var covered = matched + (matchedActor ? 1 : 0);
        return covered >= 1 && covered * 3 >= parts && (terms == 0 || matchedHere >= 1);
    }
}
