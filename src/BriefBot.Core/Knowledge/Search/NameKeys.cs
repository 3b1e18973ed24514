using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Search;

/// <summary>Every actor's folded names and last names, for resolving a sentence's raw mentions without guessing.</summary>
internal sealed class NameKeys
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byLastName = new(StringComparer.Ordinal);

    public NameKeys(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors)
        {
            _ids.Add(actor.Id);
            foreach (var key in actor.Aliases.Select(MentionFinder.Key).Concat(actor.Acronyms.Select(MentionFinder.Key)).Where(k => k.Length > 0))
            {
                Add(_byKey, key, actor.Id);
                if (actor.Kind == ActorKind.Person && key.Contains(' ', StringComparison.Ordinal))
                {
                    Add(_byLastName, key[(key.LastIndexOf(' ') + 1)..], actor.Id);
                }
            }
        }
    }

    /// <summary>The actor <paramref name="mention"/> names, or null when it names none or several.</summary>
    public string? Resolve(RawMention mention, Dictionary<string, string> recentByLastName)
    {
        if (mention.GazetteerId is { } gazetteerId && _ids.Contains(gazetteerId))
        {
            return gazetteerId;
        }

        if (mention.IsSingleWord && recentByLastName.TryGetValue(mention.Folded, out var recent))
        {
            return recent;
        }

        var id = Single(_byKey, mention.Folded) ?? (mention.IsSingleWord ? Single(_byLastName, mention.Folded) : null);
        if (id is not null && !mention.IsSingleWord && mention.Folded.Contains(' ', StringComparison.Ordinal))
        {
            recentByLastName[mention.Folded[(mention.Folded.LastIndexOf(' ') + 1)..]] = id;
        }

        return id;
    }

    private static string? Single(Dictionary<string, HashSet<string>> map, string key) =>
        map.TryGetValue(key, out var ids) && ids.Count == 1 ? ids.First() : null;

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string id)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(id);
    }
}
