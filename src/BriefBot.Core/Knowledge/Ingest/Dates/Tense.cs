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

    public static Direction Around(string text, int index) => Read(text, index).Direction;

    /// <summary>The date looks back because of a listed past verb ("was told", "said"), not a guess from "-ed", which may be a participle.</summary>
    public static bool SurelyPast(string text, int index) => Read(text, index) is { Direction: Direction.Past, Listed: true };

    private static (Direction Direction, bool Listed) Read(string text, int index)
    {
        var start = Math.Max(SentenceStart(text, index), index - 120);
        var raw = Word().Matches(text[start..index]).Select(m => m.Value).TakeLast(16).ToList();
        var words = raw.Select(w => w.ToLowerInvariant()).ToList();
        for (var i = words.Count - 1; i >= 0 && i >= words.Count - 4; i--)
        {
            // "announced the plan Aug. 21": after a determiner "plan" is a noun, no cue.
            var noun = i > 0 && Determiners.Contains(words[i - 1]);
            if (FutureWords.Contains(words[i]) && !noun)
            {
                return (Direction.Future, true);
            }

            // "will be held" is not past; a lower-case word in -ed is a past verb; "United" is a name.
            if (i > 0 && words[i - 1] is "be" or "been" or "being")
            {
                continue;
            }

            // "a still unspecified date", "the proposed merger": an -ed word after a determiner or adverb is an adjective.
            var adjective = i > 0 && (Determiners.Contains(words[i - 1]) || Adverbs.Contains(words[i - 1]));
            if (PastWords.Contains(words[i]))
            {
                return (Direction.Past, true);
            }

            if (!adjective && words[i].Length > 3 && char.IsLower(raw[i][0]) && words[i].EndsWith("ed", StringComparison.Ordinal) && !NotPastInEd.Contains(words[i]))
            {
                return (Direction.Past, false);
            }
        }

        // Further back only a verb of the future counts: "before throwing in the towel and reducing its stake in
        // September" looks back, "will succeed him as chairman Feb. 1" ahead, and so does "is to resume trading Tuesday".
        return words.Where((w, i) => (FutureVerbs.Contains(w) && (i == 0 || !Determiners.Contains(words[i - 1]))) || (w == "to" && i > 0 && words[i - 1] is "is" or "are" or "am")).Any() ? (Direction.Future, true) : (Direction.Unknown, false);
    }

    /// <summary>Where the sentence holding <paramref name="index"/> begins: after the last ". " that is not an initial ("Daniel P. Davison", "a.m.") or a title ("Mr. Schwarz").</summary>
    public static int SentenceStart(string text, int index)
    {
        var from = Math.Max(0, index - 1);
        var newline = text.LastIndexOf('\n', from);
        for (var dot = text.LastIndexOf(". ", from, StringComparison.Ordinal); dot > newline; dot = dot > 0 ? text.LastIndexOf(". ", dot - 1, StringComparison.Ordinal) : -1)
        {
            var wordStart = dot;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text[wordStart..dot];
            // "Daniel P. Davison", "9 a.m. Tuesday": a single letter before the stop is an initial or part of one.
            if (word.Length != 1 && !Abbreviations.Contains(word))
            {
                return dot;
            }
        }

        return Math.Max(0, newline);
    }

    private static readonly HashSet<string> FutureWords = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "'ll", "until", "till", "by", "soon", "early", "next", "scheduled", "planned", "plans",
        "expected", "due", "deadline", "upcoming", "coming", "before", "planning", "plan", "intends", "intend", "payable",
        "effective",
    };

    private static readonly HashSet<string> FutureVerbs = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "'ll", "scheduled", "planned", "plans", "planning", "plan", "expected", "intends", "intend", "payable", "effective",
    };

    /// <summary>Words in -ed that are no past verb: "will succeed him Feb. 1", "a hundred".</summary>
    private static readonly HashSet<string> NotPastInEd = new(StringComparer.Ordinal)
    {
        "succeed", "proceed", "exceed", "need", "indeed", "speed", "feed", "heed", "breed", "bleed", "hundred", "sacred", "naked",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "still", "already", "yet", "as", "so", "very", "more", "less", "most", "newly", "recently", "previously", "long", "not",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Adm", "Prof", "Rev", "St", "Jr", "Sr",
        "Inc", "Corp", "Co", "Ltd", "Bros", "No", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
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
