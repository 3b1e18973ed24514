using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>Every actor's names, folded, for exact, alias, acronym, surname and typo-tolerant lookup.</summary>
public sealed class ActorIndex
{
    private readonly Dictionary<string, List<ActorIndexEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActorIndexEntry>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorIndexEntry> _byId = new(StringComparer.Ordinal);

    public ActorIndex(IEnumerable<ActorIndexEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            _byId[entry.Id] = entry;
            foreach (var key in entry.Keys.Concat(entry.Acronyms.Select(MentionFinder.Key)).Distinct(StringComparer.Ordinal))
            {
                Add(_byKey, key, entry);
                foreach (var word in key.Split(' ').Where(w => w.Length > 2 && !NameLexiconAccess.IsStopword(w)))
                {
                    Add(_byWord, word, entry);
                }
            }
        }

        Entries = [.. _byId.Values.OrderByDescending(e => e.MentionCount).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    public static ActorIndex Empty { get; } = new([]);

    /// <summary>All actors, most mentioned first.</summary>
    public IReadOnlyList<ActorIndexEntry> Entries { get; }

    public ActorIndexEntry? this[string id] => _byId.GetValueOrDefault(id);

    /// <summary>Actors one of whose names or acronyms folds to exactly <paramref name="key"/>.</summary>
    public IReadOnlyList<ActorIndexEntry> ByKey(string key) => _byKey.GetValueOrDefault(key) ?? (IReadOnlyList<ActorIndexEntry>)[];

    /// <summary>Actors with a name containing the word <paramref name="word"/> ("aliyev").</summary>
    public IReadOnlyList<ActorIndexEntry> ByWord(string word) => _byWord.GetValueOrDefault(word) ?? (IReadOnlyList<ActorIndexEntry>)[];

    public static ActorIndex From(IEnumerable<Actor> actors) => new(actors.Select(a => new ActorIndexEntry(
        a.Id,
        a.Name,
        a.Kind,
        [.. a.Aliases.Select(MentionFinder.Key).Distinct(StringComparer.Ordinal)],
        a.Acronyms,
        a.MentionCount)));

    private static void Add(Dictionary<string, List<ActorIndexEntry>> map, string key, ActorIndexEntry entry)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }
}
