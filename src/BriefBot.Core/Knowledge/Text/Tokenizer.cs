namespace BriefBot.Core.Knowledge.Text;

/// <summary>
/// Splits a sentence into words and punctuation. Hyphenated compounds become separate words marked
/// <see cref="Token.HyphenBefore"/> ("Iran-Azerbaijan" → Iran, Azerbaijan), so each part can name an actor.
/// Dotted acronyms ("U.S.") and apostrophes inside words ("Erdoğan's") stay in one word.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var i = 0;
        var hyphenPending = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                hyphenPending = false;
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text, i))
                {
                    i++;
                }

                // A trailing dot belongs to a dotted acronym ("U.S.") but not to a sentence end.
                if (i < text.Length && text[i] == '.' && i - start >= 2 && text[start..i].Contains('.', StringComparison.Ordinal))
                {
                    i++;
                }

                var word = text[start..i];
                tokens.Add(new Token(start, i, word, TextFolding.Fold(word), IsWord: true, HyphenBefore: hyphenPending));
                hyphenPending = false;
                continue;
            }

            if (c is '-' or '–' or '—' or '‐' && tokens.Count > 0 && tokens[^1].IsWord && tokens[^1].End == i && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                hyphenPending = true;
                i++;
                continue;
            }

            tokens.Add(new Token(i, i + 1, c.ToString(), c.ToString(), IsWord: false, HyphenBefore: false));
            hyphenPending = false;
            i++;
        }

        return tokens;
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c) || CharIsMark(c))
        {
            return true;
        }

        // Apostrophes and dots inside a word: "Erdoğan's", "U.S", "3.5".
        return c is '\'' or '’' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);
    }

    private static bool CharIsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
