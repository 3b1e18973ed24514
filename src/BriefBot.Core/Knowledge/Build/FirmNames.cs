using BriefBot.Core.Knowledge.Ingest;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// A firm's name apart from its legal form: "Nomura Securities Co Ltd" is the base "nomura securities" with the
/// forms "co ltd". Wire copy writes one firm with and without its forms, and spells them out or not ("Company").
/// </summary>
internal static class FirmNames
{
    /// <summary>Trailing legal forms, each mapped to one spelling so "Co" and "Company" agree.</summary>
    private static readonly Dictionary<string, string> TrailingForms = new(StringComparer.Ordinal)
    {
        ["co"] = "co", ["company"] = "co", ["corp"] = "corp", ["corporation"] = "corp", ["inc"] = "inc", ["incorporated"] = "inc",
        ["ltd"] = "ltd", ["limited"] = "ltd", ["plc"] = "plc", ["ag"] = "ag", ["sa"] = "sa", ["nv"] = "nv", ["bv"] = "bv",
        ["spa"] = "spa", ["gmbh"] = "gmbh", ["llc"] = "llc", ["kk"] = "kk", ["sarl"] = "sarl", ["srl"] = "srl", ["as"] = "as",
        ["asa"] = "asa", ["oy"] = "oy", ["oyj"] = "oyj", ["kgaa"] = "kgaa", ["aktieselskab"] = "as", ["aktiebolag"] = "ab",
        ["aktiengesellschaft"] = "ag",
    };

    /// <summary>Legal forms written before the name: Swedish "AB Astra", Dutch "NV Philips".</summary>
    private static readonly HashSet<string> LeadingForms = new(StringComparer.Ordinal) { "ab", "nv" };

    /// <summary>Legal forms wire copy writes with a slash or dots, as their letters ("A/S", "S.p.A.", "N.V.").</summary>
    private static readonly string[][] SpelledForms = [["a", "s"], ["s", "p", "a"], ["s", "a"], ["n", "v"], ["a", "g"], ["b", "v"], ["k", "k"]];

    /// <summary>The name as written without its trailing legal forms ("Nippon Telegraph and Telephone Corp" → "… Telephone").</summary>
    public static string WithoutForms(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && TrailingForms.ContainsKey(Letters(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>The folded base and the canonical legal forms after it; forms empty when none are written.</summary>
    public static (string Base, string Forms) Split(string name)
    {
        var words = MentionFinder.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Letters).Where(w => w.Length > 0).ToList();
        JoinSpelledForm(words);
        var forms = new List<string>();
        if (words.Count > 1 && LeadingForms.Contains(words[0]))
        {
            forms.Add(words[0]);
            words.RemoveAt(0);
        }

        var trailing = new List<string>();
        while (words.Count > 1 && TrailingForms.TryGetValue(words[^1], out var form))
        {
            trailing.Insert(0, form);
            words.RemoveAt(words.Count - 1);

            // "Goldman, Sachs and Co": the "and" belongs to the form.
            if (form == "co" && words.Count > 1 && words[^1] == "and")
            {
                words.RemoveAt(words.Count - 1);
            }
        }

        forms.AddRange(trailing);
        return (string.Join(' ', words.Select(NameForms.Transliterate)), string.Join(' ', forms));
    }

    private static string Letters(string word) => word.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>"norsk data a s" → "norsk data as": a form spelled letter by letter at the end becomes one word.</summary>
    private static void JoinSpelledForm(List<string> words)
    {
        foreach (var form in SpelledForms)
        {
            if (words.Count > form.Length && words.Skip(words.Count - form.Length).SequenceEqual(form, StringComparer.Ordinal))
            {
                words.RemoveRange(words.Count - form.Length, form.Length);
                words.Add(string.Concat(form));
                return;
            }
        }
    }

    /// <summary>Whether a name with <paramref name="shorter"/> forms may be the same firm written in full with <paramref name="longer"/>.</summary>
    public static bool Extends(string longer, string shorter) =>
        shorter.Length == 0 || longer == shorter || longer.StartsWith(shorter + " ", StringComparison.Ordinal);
}
