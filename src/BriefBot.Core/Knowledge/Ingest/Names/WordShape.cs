using System.Text;

namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>Word shapes with repeats collapsed: "Leicestershire" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d".</summary>
internal static class WordShape
{
    public static string Of(string word)
    {
        var sb = new StringBuilder(Math.Min(word.Length, 8));
        var last = '\0';
        foreach (var c in word)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k != last)
            {
                sb.Append(k);
                last = k;
            }
        }

        return sb.ToString();
    }

    public static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Whether a line is written in capitals (headlines, datelines): no lower-case word of two letters or more.</summary>
    public static bool IsCapsLine(IReadOnlyList<string> words)
    {
        var letters = 0;
        foreach (var w in words)
        {
            var hasLower = false;
            var hasLetter = false;
            foreach (var c in w)
            {
                hasLower |= char.IsLower(c);
                hasLetter |= char.IsLetter(c);
            }

            if (hasLower && w.Length > 1)
            {
                return false;
            }

            letters += hasLetter ? 1 : 0;
        }

        return letters > 0;
    }
}
