namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>The parts of <see cref="NameLexicon"/> other stages of the build read.</summary>
internal static class NameLexiconAccess
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "been", "were", "their", "which", "would", "could", "should", "there",
        "about", "after", "before", "into", "over", "also", "than", "them", "they", "what", "when", "where", "while",
        "said", "says", "will", "more", "most", "such", "some", "other", "being", "between", "during", "against",
    };

    public static bool IsStopword(string folded) => Common.Contains(folded) || NameLexicon.Stopwords.Contains(folded);
}
