namespace BriefBot.Core.Knowledge.Build;

/// <summary>What one article has introduced so far: people by surname and by title, qualified generic heads, its dateline.</summary>
internal sealed class ArticleMemory
{
    /// <summary>Transliterated surname → the person the article last named in full with it.</summary>
    public Dictionary<string, string> BySurname { get; } = new(StringComparer.Ordinal);

    /// <summary>People named in full, in order, with their names' words (for shortened names).</summary>
    public List<(string Id, string[] Words)> People { get; } = [];

    /// <summary>Person → folded title words the article gave them, and the states those titles are of.</summary>
    public Dictionary<string, (HashSet<string> Words, HashSet<string> States)> Titles { get; } = new(StringComparer.Ordinal);

    /// <summary>The article's date: which state a city stood in then (Moscow in 1987 is the Soviet Union's).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Generic head ("foreign ministry") → the qualifier the article last gave it.</summary>
    public Dictionary<string, GenericQualifier> Qualifiers { get; } = new(StringComparer.Ordinal);

    public GenericQualifier? Dateline { get; set; }

    /// <summary>Ids written only as the dateline: never an event's participant because of it.</summary>
    public HashSet<string> DatelineIds { get; } = new(StringComparer.Ordinal);

    public void AddTitle(string personId, IEnumerable<string> words, string? stateId)
    {
        if (!Titles.TryGetValue(personId, out var known))
        {
            Titles[personId] = known = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        }

        known.Words.UnionWith(words);
        if (stateId is not null)
        {
            known.States.Add(stateId);
        }
    }
}
