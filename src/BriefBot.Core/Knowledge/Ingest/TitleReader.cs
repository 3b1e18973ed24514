using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>Reads a title written before a name: "then President", "Former President", "Supreme Leader", "Dr.".</summary>
internal static class TitleReader
{
    /// <summary>A title found at a token: where the name starts, the title words and the time qualifier.</summary>
    public readonly record struct TitleMatch(int NameStart, string Title, string? Qualifier);

    public static TitleMatch? Read(IReadOnlyList<Token> tokens, int start, string sentence)
    {
        var i = start;
        var qualifierStart = -1;
        while (i < tokens.Count && tokens[i].IsWord && NameLexicon.TitleQualifiers.Contains(tokens[i].Folded) && i - start < 3)
        {
            qualifierStart = qualifierStart < 0 ? i : qualifierStart;
            i++;
        }

        var titleStart = i;
        var lastHead = -1;
        for (var k = i; k < tokens.Count && k - titleStart < 4; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || !t.IsCapitalised)
            {
                break;
            }

            if (NameLexicon.TitleHeads.Contains(t.Folded))
            {
                lastHead = k;
            }
        }

        if (lastHead < 0)
        {
            return null;
        }

        var nameStart = lastHead + 1;
        if (nameStart < tokens.Count && tokens[nameStart].Text == "." && tokens[nameStart].Start == tokens[lastHead].End)
        {
            nameStart++;
        }

        if (nameStart >= tokens.Count || !tokens[nameStart].IsCapitalised || NameLexicon.Stopwords.Contains(tokens[nameStart].Folded))
        {
            return null;
        }

        var title = sentence[tokens[titleStart].Start..tokens[lastHead].End];
        var qualifier = qualifierStart < 0 ? null : sentence[tokens[qualifierStart].Start..tokens[titleStart - 1].End].ToLowerInvariant();
        return new TitleMatch(nameStart, title, qualifier);
    }
}
