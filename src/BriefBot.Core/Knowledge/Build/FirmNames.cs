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
        ["spa"] = "spa", ["gmbh"] = "gmbh", ["llc"] = "llc", ["kk"] = "kk", ["sarl"] = "sarl", ["srl"] = "srl",
    };

    /// <summary>Legal forms written before the name: Swedish "AB Astra", Dutch "NV Philips".</summary>
    private static readonly HashSet<string> LeadingForms = new(StringComparer.Ordinal) { "ab", "nv" };

    /// <summary>The folded base and the canonical legal forms after it; forms empty when none are written.</summary>
    public static (string Base, string Forms) Split(string name)
    {
        var words = MentionFinder.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
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

    /// <summary>Whether a name with <paramref name="shorter"/> forms may be the same firm written in full with <paramref name="longer"/>.</summary>
    public static bool Extends(string longer, string shorter) =>
        shorter.Length == 0 || longer == shorter || longer.StartsWith(shorter + " ", StringComparison.Ordinal);
}
