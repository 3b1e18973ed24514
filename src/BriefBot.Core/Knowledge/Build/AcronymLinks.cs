using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// An acronym is the organisation whose initials it is ("IMF" → International Monetary Fund) when the stories
/// that write the acronym also write that name, more often than any other name with the same initials. Learnt
/// from the whole shelf, so a story that writes only "EC" still finds the European Community.
/// </summary>
internal sealed partial class AcronymLinks
{
    private const int MinArticles = 2;
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "et", "&" };

    private readonly Dictionary<string, string> _byAcronym = new(StringComparer.Ordinal);

    public AcronymLinks(IEnumerable<ArticleExtraction> extractions, ActorRegistry registry)
    {
        var together = new Dictionary<(string Acronym, string Id), int>();
        var defined = new Dictionary<(string Acronym, string Id), int>();
        var writtenIn = new Dictionary<string, int>(StringComparer.Ordinal);
        var contracted = new Dictionary<(string Acronym, string Id), int>();
        foreach (var extraction in extractions)
        {
            var mentions = extraction.Sentences.SelectMany(s => s.Mentions).ToList();
            var acronyms = mentions.Where(m => m.GazetteerId is null && IsAcronym(m.Surface)).Select(m => m.Surface.Replace(".", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            if (acronyms.Count == 0)
            {
                continue;
            }

            var names = mentions.Where(m => !m.IsSingleWord)
                .Select(m => m.GazetteerId ?? registry.FindByKey(m.Folded))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Where(id => registry[id].Kind == ActorKind.Organisation);
            foreach (var id in names)
            {
                foreach (var initials in InitialsOf(registry[id].Name).Where(acronyms.Contains))
                {
                    together[(initials, id)] = together.GetValueOrDefault((initials, id)) + 1;
                }

                foreach (var shortened in acronyms.Where(a => IsContraction(a, registry[id].Name)))
                {
                    contracted[(shortened, id)] = contracted.GetValueOrDefault((shortened, id)) + 1;
                }
            }

            foreach (var acronym in acronyms)
            {
                writtenIn[acronym] = writtenIn.GetValueOrDefault(acronym) + 1;
            }

            foreach (var definition in extraction.Sentences.SelectMany(s => Defined(s, registry)).Distinct())
            {
                defined[definition] = defined.GetValueOrDefault(definition) + 1;
            }
        }

        // "Volkswagen AG (VW)": letters of one word are no initials, so such a short form links only where a story
        // defines it, and then counts like initials in the stories writing both.
        foreach (var (pair, count) in contracted.Where(kv => defined.ContainsKey(kv.Key)))
        {
            together[pair] = together.GetValueOrDefault(pair) + count;
        }

        // "Kokusai Denwa Denshin (KDD)": an acronym the shelf seldom writes is settled by the stories spelling it
        // out, when they are at least half the stories writing it; a common one ("OPEC") by the rule above.
        foreach (var group in defined.GroupBy(kv => kv.Key.Acronym, StringComparer.Ordinal))
        {
            var ranked = group.OrderByDescending(kv => kv.Value).ToList();
            if (2 * ranked[0].Value >= writtenIn.GetValueOrDefault(group.Key) && (ranked.Count == 1 || ranked[0].Value > ranked[1].Value))
            {
                together[ranked[0].Key] = Math.Max(together.GetValueOrDefault(ranked[0].Key), MinArticles);

                // Initials stand for a body, not a person: "Kestrel Denwa Denshin (KDD)" is a firm whatever the tagger read.
                if (registry[ranked[0].Key.Id] is { IsDiscovered: true } draft)
                {
                    draft.Vote(ActorKind.Organisation, FirmCues.Vote);
                }
            }
        }

        foreach (var group in together.GroupBy(kv => kv.Key.Acronym, StringComparer.Ordinal))
        {
            var ranked = group.OrderByDescending(kv => kv.Value).ToList();
            if (ranked[0].Value >= MinArticles && (ranked.Count == 1 || ranked[0].Value > 2 * ranked[1].Value))
            {
                _byAcronym[group.Key] = ranked[0].Key.Id;
            }
        }
    }

    /// <summary>The body an acronym stands for, also written as a word ("Nato", "Opec") as some papers do.</summary>
    public string? Find(string surface) =>
        IsAcronym(surface) ? _byAcronym.GetValueOrDefault(surface.Replace(".", "", StringComparison.Ordinal))
        : MentionFinder.AcronymWrittenAsWord(surface) is { } acronym ? _byAcronym.GetValueOrDefault(acronym)
        : null;

    public static bool IsAcronym(string surface)
    {
        var letters = surface.Replace(".", "", StringComparison.Ordinal);
        return letters.Length is >= 2 and <= 6 && letters.All(char.IsUpper);
    }

    /// <summary>Acronyms a sentence defines: a name (not a state's or place's), then its initials in parentheses.</summary>
    private static IEnumerable<(string Initials, string Id)> Defined(SentenceRecord sentence, ActorRegistry registry)
    {
        var mentions = sentence.Mentions.OrderBy(m => m.Start).ToList();
        for (var i = 1; i < mentions.Count; i++)
        {
            var (name, acronym) = (mentions[i - 1], mentions[i]);
            if (acronym.GazetteerId is null && IsAcronym(acronym.Surface) && !name.IsSingleWord && acronym.Start > name.End
                && IsOpeningParenthesis(sentence.Text[name.End..acronym.Start]) && (name.GazetteerId ?? registry.FindByKey(name.Folded)) is { } id
                && registry[id].Kind is ActorKind.Organisation or ActorKind.Person or ActorKind.Other)
            {
                var initials = acronym.Surface.Replace(".", "", StringComparison.Ordinal);
                if (InitialsOf(registry[id].Name).Contains(initials, StringComparer.Ordinal) || IsContraction(initials, registry[id].Name))
                {
                    yield return (initials, id);
                }
            }
        }
    }

    /// <summary>Only an opening parenthesis, a wire bracket's end or a ticker between a name and its acronym: "Volkswagen AG &lt;VOWG.F&gt; (VW)".</summary>
    private static bool IsOpeningParenthesis(string between) => Ticker().Replace(between, " ").Trim().TrimStart('>').Trim() == "(";

    [System.Text.RegularExpressions.GeneratedRegex(@"<[A-Z0-9.]{1,12}>")]
    private static partial System.Text.RegularExpressions.Regex Ticker();

    /// <summary>"VW" of "Volkswagen AG": the letters, in order, of a one-word name (its legal forms aside), from its first.</summary>
    private static bool IsContraction(string acronym, string name)
    {
        var stem = FirmNames.WithoutForms(name);
        if (stem.Contains(' ', StringComparison.Ordinal) || stem.Length <= acronym.Length || char.ToUpperInvariant(stem[0]) != acronym[0])
        {
            return false;
        }

        var at = 1;
        foreach (var letter in acronym.AsSpan(1))
        {
            at = stem.IndexOf(char.ToLowerInvariant(letter), at) + 1;
            if (at == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The initials of a name, with and without its legal forms ("Nippon Telegraph and Telephone Corp": NTTC, NTT).</summary>
    private static IEnumerable<string> InitialsOf(string name) => new[] { Initials(name), Initials(FirmNames.WithoutForms(name)) }.Distinct(StringComparer.Ordinal);

    private static string Initials(string name) =>
        string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Skipped.Contains(w.ToLowerInvariant()) && char.IsLetter(w[0]))
            .Select(w => char.ToUpperInvariant(w[0])));
}
