namespace BriefBot.Core.Knowledge.Text;

/// <summary>
/// Splits a paragraph into sentences without breaking on abbreviations ("Dr.", "U.S.", "Jan."),
/// initials ("J. R. Smith"), decimals, ellipses inside quotes, or footnote markers ("[i]").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
        "sen", "rep", "gov", "pres", "rev", "hon", "amb", "inc", "ltd", "co", "corp", "plc", "bros", "vs", "etc", "no",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu",
        "fri", "sat", "sun", "e.g", "i.e", "approx", "dept", "est", "fig", "vol", "mt", "ft", "pp", "op", "cf", "al",
    };

    public static IReadOnlyList<TextRange> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextRange>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or ')' or ']')
            {
                end++;
            }

            // Footnote markers right after the stop belong to the sentence: "...territories.[i] Next".
            while (end < text.Length && text[end] == '[')
            {
                var close = text.IndexOf(']', end);
                if (close < 0 || close - end > 6)
                {
                    break;
                }

                end = close + 1;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            var next = SkipSpace(text, end);
            if (next < text.Length && !StartsSentence(text[next]))
            {
                continue;
            }

            if (c == '.' && IsAbbreviationOrInitial(text, start, i) && next < text.Length)
            {
                continue;
            }

            sentences.Add(new TextRange(start, end));
            start = next;
            i = next - 1;
        }

        if (start < text.Length)
        {
            var end = text.Length;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                sentences.Add(new TextRange(start, end));
            }
        }

        return sentences;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '—' or '–';

    private static bool IsAbbreviationOrInitial(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital is an initial ("J. Smith"); dotted acronyms ("U.S.") rarely end a sentence before a capital name.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.', StringComparison.Ordinal) && word.Length <= 6)
        {
            return word.Replace(".", "", StringComparison.Ordinal).All(char.IsUpper) && !IsLastWordOfParagraphLike(text, dot);
        }

        return Abbreviations.Contains(word);
    }

    // "in the U.S. The next day" is ambiguous; treat a dotted acronym followed by a common sentence opener as an end.
    private static bool IsLastWordOfParagraphLike(string text, int dot)
    {
        var next = SkipSpace(text, dot + 1);
        var wordEnd = next;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var nextWord = text[next..wordEnd];
        return nextWord is "The" or "It" or "He" or "She" or "They" or "We" or "This" or "That" or "But" or "In" or "A";
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
