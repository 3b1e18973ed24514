using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// How informative a sentence is about an actor: dated, about what the actor did, with other actors,
/// and not too long. Used to put the key facts first.
/// </summary>
internal static class FactScorer
{
    private static readonly HashSet<string> ActionVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "denied", "denies", "accused", "visited", "met", "spoke", "sent", "signed", "announced",
        "launched", "attacked", "condemned", "congratulated", "demanded", "agreed", "rejected", "called", "warned",
        "struck", "killed", "elected", "appointed", "resigned", "died", "won", "lost", "invaded", "supported",
        "backed", "delivered", "dispatched", "convened", "promoted", "articulated", "restored", "conducted",
        "carried", "imposed", "threatened", "offered", "proposed", "declared", "ordered", "arrested", "approved",
    };

    public static double Score(ResolvedSentence sentence, string actorId)
    {
        var tokens = Tokenizer.Tokenize(sentence.Sentence.Text);
        var words = tokens.Count(t => t.IsWord);
        var score = 1.0;
        if (sentence.Sentence.Dates.Any(d => d.Date is not null))
        {
            score += 2;
        }

        score += Math.Min(3, sentence.DistinctActorIds.Count - 1) * 0.75;
        if (tokens.Any(t => ActionVerbs.Contains(t.Folded)))
        {
            score += 1.5;
        }

        var own = sentence.Actors.Where(a => a.ActorId == actorId).ToList();
        if (own.Any(a => a.Mention.Start < 40))
        {
            score += 1;
        }

        if (own.Any(a => a.Mention.Title is not null || a.Mention.RolePhrases.Count > 0))
        {
            score += 1;
        }

        if (words > 55)
        {
            score -= 2;
        }
        else if (words < 6)
        {
            score -= 1.5;
        }

        // Earlier paragraphs carry the news; later ones the analysis.
        score -= Math.Min(1.5, sentence.Sentence.Paragraph * 0.05);
        return Math.Round(score, 3);
    }
}
