using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// Reads roles stated next to a person's name: an apposition ("Jane Doe, the defence minister, said")
/// or a bio line ("Dr. Jane Doe is Head of Department at the Institute and a fellow at …").
/// </summary>
internal static class RolePhraseReader
{
    private static readonly HashSet<string> AppositionOpeners = new(["the", "a", "an", "its", "their", "his", "her", "now", "then", "former", "also"], StringComparer.Ordinal);

    public static List<string> Read(IReadOnlyList<Token> tokens, int nameStart, int nameEnd, string sentence)
    {
        var roles = new List<string>();
        if (nameEnd < tokens.Count && tokens[nameEnd].Text == ",")
        {
            var phrase = Apposition(tokens, nameEnd + 1, sentence);
            if (phrase is not null)
            {
                roles.Add(phrase);
            }
        }
        else if (nameEnd < tokens.Count && tokens[nameEnd].Folded is "is" or "was" && IsSubject(tokens, nameStart))
        {
            roles.AddRange(Bio(tokens, nameEnd + 1, sentence));
        }

        return roles;
    }

    private static string? Apposition(IReadOnlyList<Token> tokens, int start, string sentence)
    {
        if (start >= tokens.Count || !tokens[start].IsWord)
        {
            return null;
        }

        var first = tokens[start];
        if (!AppositionOpeners.Contains(first.Folded) && !first.IsCapitalised && !NameLexicon.RoleNouns.Contains(first.Folded))
        {
            return null;
        }

        var end = start;
        var hasRole = false;
        while (end < tokens.Count && tokens[end].Text is not ("," or ";" or ":" or "." or "(" or ")") && end - start < 12)
        {
            hasRole |= NameLexicon.RoleNouns.Contains(tokens[end].Folded) || NameLexicon.TitleHeads.Contains(tokens[end].Folded);
            end++;
        }

        // A clause, not a role: "X, who said", "X, including …".
        if (!hasRole || end - start < 1 || (end < tokens.Count && tokens[end].Text is not ("," or "." or ";")) || tokens.Skip(start).Take(end - start).Any(t => t.Folded is "said" or "says" or "who" or "which" or "including"))
        {
            return null;
        }

        return Clean(sentence[tokens[start].Start..tokens[end - 1].End]);
    }

    private static IEnumerable<string> Bio(IReadOnlyList<Token> tokens, int start, string sentence)
    {
        if (start >= tokens.Count || tokens.Count > 70)
        {
            yield break;
        }

        var text = sentence[tokens[start].Start..].TrimEnd('.', ' ');
        foreach (var part in text.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = Tokenizer.Tokenize(part);
            if (words.Count > 0 && words.Count <= 25 && words.Take(4).Any(w => NameLexicon.RoleNouns.Contains(w.Folded) || NameLexicon.TitleHeads.Contains(w.Folded)))
            {
                yield return Clean(part);
            }
        }
    }

    private static bool IsSubject(IReadOnlyList<Token> tokens, int nameStart)
    {
        for (var i = 0; i < nameStart; i++)
        {
            if (tokens[i].IsWord && !NameLexicon.TitleHeads.Contains(tokens[i].Folded))
            {
                return false;
            }
        }

        return true;
    }

    private static string Clean(string phrase)
    {
        var p = phrase.Trim();
        foreach (var article in new[] { "the ", "a ", "an ", "The ", "A ", "An " })
        {
            if (p.StartsWith(article, StringComparison.Ordinal))
            {
                return p[article.Length..].Trim();
            }
        }

        return p;
    }
}
