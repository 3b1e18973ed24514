using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>All actors of the shelf: gazetteer entries first, discovered names merged by their folded spelling.</summary>
internal sealed class ActorRegistry
{
    private readonly Dictionary<string, ActorDraft> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);

    public ActorRegistry(Gazetteer gazetteer)
    {
        foreach (var entry in gazetteer.Entries)
        {
            var draft = new ActorDraft(entry.Id, entry.Name, isDiscovered: false);
            draft.Vote(entry.Kind, 1000);
            draft.Aliases.UnionWith(entry.Aliases);
            draft.Acronyms.AddRange(entry.Acronyms);
            _byId[entry.Id] = draft;
            foreach (var alias in entry.Aliases.Prepend(entry.Name))
            {
                _byKey.TryAdd(MentionFinder.Key(alias), entry.Id);
            }
        }
    }

    public IEnumerable<ActorDraft> All => _byId.Values;

    public ActorDraft this[string id] => _byId[id];

    public bool TryGet(string id, out ActorDraft draft) => _byId.TryGetValue(id, out draft!);

    public string? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    public ActorDraft GetOrAdd(string name, ActorKind kind, int weight = 1)
    {
        var key = MentionFinder.Key(name);
        if (_byKey.TryGetValue(key, out var existing))
        {
            var known = _byId[existing];
            known.Vote(kind, weight);
            return known;
        }

        var id = TextFolding.Slug(name);
        if (id.Length == 0)
        {
            id = "actor";
        }

        var unique = id;
        for (var n = 2; _byId.ContainsKey(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        var draft = new ActorDraft(unique, name, isDiscovered: true);
        draft.Vote(kind, weight);
        _byId[unique] = draft;
        _byKey[key] = unique;
        return draft;
    }

    /// <summary>People by the last word of any of their multi-word names ("aliyev" → ilham-aliyev, heydar-aliyev).</summary>
    public Dictionary<string, List<string>> SurnameIndex()
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var draft in _byId.Values.Where(d => d.Kind == ActorKind.Person).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            foreach (var surname in draft.Aliases.Where(a => MentionFinder.Key(a).Contains(' ', StringComparison.Ordinal)).Select(LastWord).Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(surname, out var ids))
                {
                    index[surname] = ids = [];
                }

                ids.Add(draft.Id);
            }
        }

        return index;
    }

    public static string LastWord(string name)
    {
        var key = MentionFinder.Key(name);
        var space = key.LastIndexOf(' ');
        return space < 0 ? key : key[(space + 1)..];
    }
}
