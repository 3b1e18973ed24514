using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// An acronym is the organisation whose initials it is ("IMF" → International Monetary Fund) when the stories
/// that write the acronym also write that name, more often than any other name with the same initials. Learnt
/// from the whole shelf, so a story that writes only "EC" still finds the European Community.
/// </summary>
internal sealed class AcronymLinks
{
    private const int MinArticles = 2;
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "of", "the", "and", "for", "de", "du", "des", "la", "le", "et", "&" };

    private readonly Dictionary<string, string> _byAcronym = new(StringComparer.Ordinal);

    public AcronymLinks(IEnumerable<ArticleExtraction> extractions, ActorRegistry registry)
    {
        var together = new Dictionary<(string Acronym, string Id), int>();
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
                var initials = Initials(registry[id].Name);
                if (acronyms.Contains(initials))
                {
                    together[(initials, id)] = together.GetValueOrDefault((initials, id)) + 1;
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

    public string? Find(string surface) => IsAcronym(surface) ? _byAcronym.GetValueOrDefault(surface.Replace(".", "", StringComparison.Ordinal)) : null;

    private static bool IsAcronym(string surface)
    {
        var letters = surface.Replace(".", "", StringComparison.Ordinal);
        return letters.Length is >= 2 and <= 6 && letters.All(char.IsUpper);
    }

    private static string Initials(string name) =>
        string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Skipped.Contains(w.ToLowerInvariant()) && char.IsLetter(w[0]))
            .Select(w => char.ToUpperInvariant(w[0])));
}
