using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Ingest.World;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// All actors of the shelf: gazetteer entries first, discovered names merged by their normalised spelling
/// (honorifics stripped, transliterations folded), shortened names and near-identical spellings merged when
/// only one actor fits.
/// </summary>
internal sealed partial class ActorRegistry
{
    private readonly Dictionary<string, ActorDraft> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placeWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stateWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _demonymWords = new(StringComparer.Ordinal);

    public ActorRegistry(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
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
                _byKey.TryAdd(NameForms.Key(alias), entry.Id);
                if (entry.Kind is ActorKind.State or ActorKind.Place)
                {
                    _placeWords.UnionWith(MentionFinder.Key(alias).Split(' '));
                }

                if (entry.Kind == ActorKind.State)
                {
                    _stateWords.UnionWith(MentionFinder.Key(alias).Split(' '));
                }
            }

            foreach (var word in entry.Demonyms.Concat(entry.Metonyms))
            {
                _placeWords.Add(MentionFinder.Key(word));
            }

            _demonymWords.UnionWith(entry.Demonyms.Select(MentionFinder.Key));
        }
    }

    public Gazetteer Gazetteer { get; }

    public IEnumerable<ActorDraft> All => _byId.Values;

    public ActorDraft this[string id] => _byId[id];

    public bool TryGet(string id, out ActorDraft draft) => _byId.TryGetValue(id, out draft!);

    public string? FindByKey(string key) => _byKey.GetValueOrDefault(key) ?? _byKey.GetValueOrDefault(NameForms.Key(key));

    /// <summary>
    /// Whether an untitled person's last word makes the name a place's ("Prospects for Tokyo", "Capitol Hill"): any
    /// word of a place's name, unless a listed given name comes first ("Colin Marshall", "Bruce Jackson") and the word
    /// is no whole state's name or demonym ("Funaro Brazil").
    /// </summary>
    private bool IsPlaceSurname(string name, string last)
    {
        if (!IsPlaceWord(last))
        {
            return false;
        }

        // An adjective of a place's name after a given name is a body's ("Christian Democratic", "Abbey National").
        var isState = _demonymWords.Contains(last) || (_byKey.TryGetValue(last, out var id) && _byId[id].Kind == ActorKind.State);
        var isAdjective = last.EndsWith("ic", StringComparison.Ordinal) || last.EndsWith("al", StringComparison.Ordinal);
        var first = MentionFinder.Key(name.Split(' ')[0]);
        return isState || isAdjective || NameForms.IsParticle(first) || !WorldGazetteer.Default.IsGivenName(first);
    }

    /// <summary>Whether a folded word names a state or place of the gazetteer, or of a discovered place.</summary>
    public bool IsPlaceWord(string folded) => _placeWords.Contains(folded)
        || (_byKey.TryGetValue(folded, out var id) && _byId[id].Kind is ActorKind.State or ActorKind.Place);

    /// <summary>
    /// Adds or votes for a name. <paramref name="titled"/>: written with a personal title or role ("president
    /// Masao Fujioka"), so a town of the gazetteer named like its last word does not unmake the person; a state does.
    /// </summary>
    public ActorDraft GetOrAdd(string name, ActorKind kind, int weight = 1, bool titled = false)
    {
        var written = MentionFinder.Key(name);
        var draft = Add(name, kind, weight, titled);
        _byKey.TryAdd(written, draft.Id);
        return draft;
    }

    private ActorDraft Add(string name, ActorKind kind, int weight, bool titled)
    {
        var stripped = kind == ActorKind.Person ? NameForms.Strip(name) : name;
        kind = NameForms.KindOf(stripped, kind);
        if (kind == ActorKind.Person)
        {
            name = stripped;
            if (kind == ActorKind.Person && name.Contains(' ', StringComparison.Ordinal) && !(titled ? NameForms.CanBePerson(name, _stateWords.Contains, initialled: true) : NameForms.CanBePerson(name, last => IsPlaceSurname(name, last))))
            {
                kind = ActorKind.Other;
            }
        }

        var key = MentionFinder.Key(name);
        var normal = NameForms.Key(name);
        if (_byKey.TryGetValue(key, out var existing) || _byKey.TryGetValue(normal, out existing))
        {
            var known = _byId[existing];
            known.Vote(kind, weight);
            known.Aliases.Add(name);
            _byKey.TryAdd(key, existing);
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
        _byKey.TryAdd(normal, unique);
        return draft;
    }

    /// <summary>Adds a draft under its own key, for qualified generic heads ("Tehran Radio") whose key is not their name.</summary>
    public ActorDraft GetOrAddKeyed(string key, string name, ActorKind kind)
    {
        if (_byKey.TryGetValue(key, out var existing))
        {
            _byId[existing].Aliases.Add(name);
            return _byId[existing];
        }

        var draft = GetOrAdd(name, kind, 1);
        _byKey[key] = draft.Id;
        return draft;
    }

    /// <summary>
    /// People by the last word of any of their multi-word names ("aliyev" → ilham-aliyev, heydar-aliyev), folded
    /// and transliterated; only names that can be a person, so "Prospects for Tokyo" owns no surname.
    /// </summary>
    public Dictionary<string, List<string>> SurnameIndex()
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var draft in _byId.Values.Where(d => d.Kind == ActorKind.Person).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var surnames = draft.Aliases
                .Select(NameForms.Strip)
                .Where(a => MentionFinder.Key(a).Contains(' ', StringComparison.Ordinal) && (!draft.IsDiscovered || NameForms.CanBePerson(a, IsPlaceWord)))
                .Select(LastWord)
                .Where(s => s.Length > 1 && !IsPlaceWord(s))
                .Distinct(StringComparer.Ordinal);
            foreach (var surname in surnames)
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

    /// <summary>The folded, transliterated last word of a name.</summary>
    public static string LastWord(string name)
    {
        var key = NameForms.Key(name);
        var space = key.LastIndexOf(' ');
        return space < 0 ? key : key[(space + 1)..];
    }
}
