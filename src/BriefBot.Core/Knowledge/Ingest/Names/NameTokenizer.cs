namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// Splits a line into tokens the way the CoNLL-2003 annotators saw them: punctuation apart, "'s" and "n't" apart,
/// dotted abbreviations ("U.S.", "Corp.") and numbers ("1,000", "3.5") whole, hyphenated words whole.
/// Text already tokenised that way (tokens joined by spaces) comes back unchanged.
/// </summary>
public static class NameTokenizer
{
    public static IReadOnlyList<NameToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<NameToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            SplitChunk(text, start, i, tokens);
        }

        return tokens;
    }

    private static void SplitChunk(string text, int start, int end, List<NameToken> tokens)
    {
        // Leading punctuation: quotes and brackets.
        while (start < end - 1 && IsOpener(text[start]))
        {
            Add(text, start, start + 1, tokens);
            start++;
        }

        var trailing = new Stack<(int, int)>();
        while (end - start > 1 && IsCloser(text, start, end))
        {
            trailing.Push((end - 1, end));
            end--;
        }

        // Possessive and negation clitics: "Germany's" → "Germany" "'s", "don't" → "do" "n't".
        if (end - start > 2 && (text[end - 2] is '\'' or '’') && text[end - 1] is 's' or 'S' && char.IsLetterOrDigit(text[end - 3]))
        {
            trailing.Push((end - 2, end));
            end -= 2;
        }
        else if (end - start > 3 && text[end - 3] is 'n' or 'N' && text[end - 2] is '\'' or '’' && text[end - 1] is 't' or 'T')
        {
            trailing.Push((end - 3, end));
            end -= 3;
        }
        else if (end - start > 1 && (text[end - 1] is '\'' or '’') && text[end - 2] is 's' or 'S')
        {
            trailing.Push((end - 1, end));
            end--;
        }

        if (end > start)
        {
            Add(text, start, end, tokens);
        }

        while (trailing.Count > 0)
        {
            var (s, e) = trailing.Pop();
            Add(text, s, e, tokens);
        }
    }

    private static bool IsOpener(char c) => c is '"' or '(' or '[' or '{' or '“' or '‘' or '\'' or '`';

    private static bool IsCloser(string text, int start, int end)
    {
        var c = text[end - 1];
        if (c is '"' or ')' or ']' or '}' or '”' or ',' or ';' or ':' or '!' or '?')
        {
            return true;
        }

        if (c is '’' or '\'')
        {
            // "states'" keeps its apostrophe as a possessive; a closing quote goes.
            return end - start < 2 || text[end - 2] is not ('s' or 'S');
        }

        if (c != '.')
        {
            return false;
        }

        // A full stop leaves; an abbreviation keeps its dot: "U.S.", "Corp.", "Mr.", "St.".
        var word = text.AsSpan(start, end - start - 1);
        if (word.Contains('.'))
        {
            return false;
        }

        return word.Length == 0 || !(word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word.ToString()));
    }

    /// <summary>Words written with a dot that is not a full stop.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "corp", "inc", "ltd", "co", "bros", "gen", "col", "lt", "sgt", "capt",
        "gov", "sen", "rep", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vs", "etc", "mt", "ft", "rev", "adm", "cmdr", "maj", "plc", "cie", "messrs", "dept", "est", "approx",
    };

    private static void Add(string text, int start, int end, List<NameToken> tokens) => tokens.Add(new NameToken(start, end, text[start..end]));
}
