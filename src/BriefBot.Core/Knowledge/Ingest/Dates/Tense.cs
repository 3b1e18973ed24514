using System.Text.RegularExpressions;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>
/// Which way a bare date points ("said Friday" looks back, "will meet Friday" ahead), read from the words just
/// before it in the same sentence. News looks back unless the text says otherwise.
/// </summary>
internal static partial class Tense
{
    public enum Direction
    {
        Unknown,
        Past,
        Future,
    }

    public static Direction Around(string text, int index)
    {
        var sentenceStart = Math.Max(text.LastIndexOf(". ", Math.Max(0, index - 1), StringComparison.Ordinal), text.LastIndexOf('\n', Math.Max(0, index - 1)));
        var start = Math.Max(Math.Max(0, sentenceStart), index - 120);
        var raw = Word().Matches(text[start..index]).Select(m => m.Value).TakeLast(12).ToList();
        var words = raw.Select(w => w.ToLowerInvariant()).ToList();
        for (var i = words.Count - 1; i >= 0 && i >= words.Count - 4; i--)
        {
            // "announced the plan Aug. 21": after a determiner "plan" is a noun, no cue.
            var noun = i > 0 && Determiners.Contains(words[i - 1]);
            if (FutureWords.Contains(words[i]) && !noun)
            {
                return Direction.Future;
            }

            // "will be held" is not past; a lower-case word in -ed is a past verb; "United" is a name.
            if (i > 0 && words[i - 1] is "be" or "been" or "being")
            {
                continue;
            }

            if (PastWords.Contains(words[i]) || (words[i].Length > 3 && char.IsLower(raw[i][0]) && words[i].EndsWith("ed", StringComparison.Ordinal)))
            {
                return Direction.Past;
            }
        }

        return words.Where((w, i) => FutureWords.Contains(w) && (i == 0 || !Determiners.Contains(words[i - 1]))).Any() ? Direction.Future : Direction.Unknown;
    }

    private static readonly HashSet<string> FutureWords = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "'ll", "until", "till", "by", "soon", "early", "next", "scheduled", "planned", "plans",
        "expected", "due", "deadline", "upcoming", "coming", "before", "planning", "plan", "intends", "intend", "payable",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "whose",
    };

    private static readonly HashSet<string> PastWords = new(StringComparer.Ordinal)
    {
        "said", "says", "was", "were", "had", "met", "told", "went", "came", "left", "began", "held", "took", "made",
        "gave", "found", "saw", "spoke", "sent", "read", "shot", "won", "lost", "fell", "rose", "did", "ago", "since",
        "last", "earlier", "struck", "hit", "led", "fled", "flew", "ran", "wrote", "paid", "sold", "bought", "got",
    };

    [GeneratedRegex(@"[A-Za-z']+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Word();
}
