using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// Reads roles stated next to a person's name: an apposition ("Jane Doe, the defence minister, said"; "Jane Doe,
/// senior managing director of Acme, said"), a lower-case title before the name ("Acme deputy chairman Jane Doe")
/// or a bio line ("Dr. Jane Doe is Head of Department at the Institute and a fellow at …").
/// </summary>
internal static class RolePhraseReader
{
    private const int MaxQualifierWords = 4;

    private static readonly HashSet<string> AppositionOpeners = new(["the", "a", "an", "its", "their", "his", "her", "now", "then", "former", "also"], StringComparer.Ordinal);

    /// <summary>Words that make an apposition a clause, not a role: "X, who said", "X, accompanied by aides".</summary>
    private static readonly HashSet<string> ClauseWords = new(["said", "says", "told", "who", "whose", "which", "including", "is", "was", "has", "had", "will", "would"], StringComparer.Ordinal);

    private static readonly HashSet<string> Prepositions = new(["of", "for", "at", "to", "in", "with", "on", "from", "since", "until"], StringComparer.Ordinal);

    public static List<string> Read(IReadOnlyList<Token> tokens, int nameStart, int nameEnd, string sentence)
    {
        var roles = new List<string>();
        if (TitleBefore(tokens, nameStart, sentence) is { } before)
        {
            roles.Add(before);
        }

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

    /// <summary>
    /// A lower-case title written straight before the name, with the body it belongs to: "deputy chairman Jane Doe",
    /// "Acme Corp president Jane Doe", "State Department spokesman Jane Doe". A capitalised title is the finder's.
    /// </summary>
    private static string? TitleBefore(IReadOnlyList<Token> tokens, int nameStart, string sentence)
    {
        var last = nameStart - 1;
        if (last < 0 || !tokens[last].IsWord || tokens[last].IsCapitalised || !IsRoleNoun(tokens[last].Folded))
        {
            return null;
        }

        var start = last;
        while (start > 0 && tokens[start - 1].IsWord && !tokens[start - 1].IsCapitalised && last - start < MaxQualifierWords
            && (IsRoleNoun(tokens[start - 1].Folded) || NameLexicon.TitleQualifiers.Contains(tokens[start - 1].Folded)
                || (TitleWords.Modifiers.Contains(tokens[start - 1].Folded) && !TitleWords.Connectors.Contains(tokens[start - 1].Folded))))
        {
            start--;
        }

        // The body the title is of, written before it: "Acme Corp", "State Department", "Acme's"; a possessive
        // further left is another name ("Sylvania's Acme president").
        var body = start;
        while (body > 0 && start - body < MaxQualifierWords && tokens[body - 1].IsCapitalised && !NameLexicon.Stopwords.Contains(tokens[body - 1].Folded)
            && !(tokens[body - 1].IsPossessive && body < start))
        {
            body--;

            // "Bank of Italy governor": "of" joins two capitalised words of the body.
            if (body > 1 && tokens[body - 1].Folded == "of" && tokens[body - 2].IsCapitalised && !NameLexicon.Stopwords.Contains(tokens[body - 2].Folded))
            {
                body--;
            }
        }

        return sentence[tokens[body].Start..tokens[last].End];
    }

    private static string? Apposition(IReadOnlyList<Token> tokens, int start, string sentence)
    {
        if (start >= tokens.Count || !tokens[start].IsWord)
        {
            return null;
        }

        var first = tokens[start];
        if (!AppositionOpeners.Contains(first.Folded) && !first.IsCapitalised && !IsRoleNoun(first.Folded) && !OpensWithModifiedRole(tokens, start))
        {
            return null;
        }

        var end = start;
        var hasRole = false;
        while (end < tokens.Count && tokens[end].Text is not ("," or ";" or ":" or "." or "(" or ")") && end - start < 12)
        {
            hasRole |= IsRoleNoun(tokens[end].Folded) || NameLexicon.TitleHeads.Contains(tokens[end].Folded);
            end++;
        }

        // A clause, not a role: "X, who said", "X, including …".
        if (!hasRole || end - start < 1 || (end < tokens.Count && tokens[end].Text is not ("," or "." or ";")) || tokens.Skip(start).Take(end - start).Any(t => ClauseWords.Contains(t.Folded)))
        {
            return null;
        }

        return NamesAnotherPerson(tokens, start, end) || IsClauseAfterTitle(tokens, start, end) ? null : Clean(sentence[tokens[start].Start..tokens[end - 1].End]);
    }

    /// <summary>
    /// "Before meeting Bush, the Crown Prince paid a call on …": a capitalised title followed by a verb is the
    /// sentence's subject, not an apposition. A title goes on only with a preposition or a name ("Chairman of …").
    /// </summary>
    private static bool IsClauseAfterTitle(IReadOnlyList<Token> tokens, int start, int end)
    {
        var k = AppositionOpeners.Contains(tokens[start].Folded) ? start + 1 : start;
        if (k >= end || !tokens[k].IsCapitalised || !TitleWords.IsTitleWord(tokens[k].Folded))
        {
            return false;
        }

        while (k < end && TitleWords.IsTitleWord(tokens[k].Folded) && !TitleWords.Connectors.Contains(tokens[k].Folded))
        {
            k++;
        }

        return k < end && tokens[k].IsWord && !tokens[k].IsCapitalised && !Prepositions.Contains(tokens[k].Folded) && !TitleWords.Connectors.Contains(tokens[k].Folded);
    }

    /// <summary>"senior managing director of …", "regional manager", "economics spokesman for …": lower-case words up to a role noun.</summary>
    private static bool OpensWithModifiedRole(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start; k < tokens.Count && k - start < MaxQualifierWords; k++)
        {
            var t = tokens[k];
            var modifier = TitleWords.Modifiers.Contains(t.Folded) && !TitleWords.Connectors.Contains(t.Folded);
            if (!t.IsWord || t.IsCapitalised || ClauseWords.Contains(t.Folded) || (NameLexicon.Stopwords.Contains(t.Folded) && !modifier)
                || ((t.Folded.EndsWith("ed", StringComparison.Ordinal) || t.Folded.EndsWith("ing", StringComparison.Ordinal)) && !modifier))
            {
                return false;
            }

            if (IsRoleNoun(t.Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A phrase opening with a title and a name is a second person in a list, not this one's role: "Nakasone,
    /// Foreign Minister Tadashi Kuranari, and …". Still roles: a title with a name after a preposition ("aide to
    /// President Mitterrand"), a possessive ("President Reagan's adviser"), a title word that is no name ("Head
    /// Trader at …").
    /// </summary>
    private static bool NamesAnotherPerson(IReadOnlyList<Token> tokens, int start, int end)
    {
        var k = start;
        while (k < end && !IsHead(tokens[k].Folded))
        {
            var t = tokens[k];
            if (!t.IsCapitalised && !TitleWords.IsTitleWord(t.Folded) && !NameLexicon.TitleQualifiers.Contains(t.Folded) && !AppositionOpeners.Contains(t.Folded))
            {
                return false;
            }

            k++;
        }

        // The whole title from its head: "Secretary of State", "executive council chairman".
        k++;
        while (k < end)
        {
            if (TitleWords.IsTitleWord(tokens[k].Folded) && !TitleWords.Connectors.Contains(tokens[k].Folded))
            {
                k++;
            }
            else if (TitleWords.Connectors.Contains(tokens[k].Folded) && k + 1 < end && tokens[k + 1].IsCapitalised && TitleWords.IsTitleWord(tokens[k + 1].Folded) && !TitleWords.Connectors.Contains(tokens[k + 1].Folded))
            {
                k += 2;
            }
            else
            {
                break;
            }
        }

        return k < end && IsNameAfterTitle(tokens, k, end);
    }

    private static bool IsHead(string folded) => NameLexicon.TitleHeads.Contains(folded) || TitleWords.Heads.Contains(folded);

    /// <summary>Capitalised words that are no title words nor a body's ("Semiconductor Corp"), running to the phrase's end or to "and" / "or".</summary>
    private static bool IsNameAfterTitle(IReadOnlyList<Token> tokens, int start, int end)
    {
        var k = start;
        while (k < end && tokens[k].IsCapitalised && !TitleWords.IsTitleWord(tokens[k].Folded))
        {
            if (tokens[k].IsPossessive || NameLexicon.OrganisationWords.Contains(tokens[k].Folded) || NameLexicon.PlaceWords.Contains(tokens[k].Folded))
            {
                return false;
            }

            k++;
        }

        return k > start && (k == end || tokens[k].Folded is "and" or "or");
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
            var isRole = words.Count > 0 && words.Count <= 25 && words.Take(4).Any(w => IsRoleNoun(w.Folded) || NameLexicon.TitleHeads.Contains(w.Folded));

            // A bio is a chain of roles; once a part is something else ("speaking at a meeting whose members are …"), the rest is not about this person.
            if (!isRole || NamesAnotherPerson(words, 0, words.Count))
            {
                yield break;
            }

            yield return Clean(part);
        }
    }

    private static bool IsRoleNoun(string folded) => NameLexicon.RoleNouns.Contains(folded);

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
