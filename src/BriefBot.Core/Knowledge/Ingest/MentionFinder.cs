using BriefBot.Core.Knowledge.Ingest.Names;
using BriefBot.Core.Knowledge.Ingest.World;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// Finds actor names in a sentence. The statistical <see cref="NameTagger"/> says where names are and of what type;
/// the gazetteer says which known actor a name is: curated names from actors.yaml always match, generated world names
/// (states, capitals, cities) only where the tagger sees a name. Titles before a name ("U.S. Secretary of State",
/// "Iranian President") are read as titles with the state they belong to; newswire noise is dropped.
/// </summary>
public sealed partial class MentionFinder
{
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listedSurnames = new(StringComparer.Ordinal);

    /// <summary>One-word names of a state other than its English name ("Nippon", "Nihon"): firms open with them.</summary>
    private readonly HashSet<string> _stateEndonyms = new(StringComparer.Ordinal);
    private readonly Gazetteer _gazetteer;
    private readonly NameTagger _tagger;
    private readonly IReadOnlySet<string> _currencies;
    private readonly int _longestAlias;

    public MentionFinder(Gazetteer gazetteer)
        : this(gazetteer, NameTagger.Default)
    {
    }

    public MentionFinder(Gazetteer gazetteer, NameTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(tagger);
        _gazetteer = gazetteer;
        _tagger = tagger;
        _currencies = WorldGazetteer.Default.Currencies;
        foreach (var entry in gazetteer.Entries)
        {
            foreach (var alias in entry.Aliases.Prepend(entry.Name))
            {
                var key = Key(alias);
                _aliases.TryAdd(key, entry.Id);
                _longestAlias = Math.Max(_longestAlias, key.Count(c => c == ' ') + 1);
            }

            if (entry is { Kind: ActorKind.Person, IsGenerated: false })
            {
                _listedSurnames.UnionWith(entry.Aliases.Prepend(entry.Name).Select(Key).Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k[(k.LastIndexOf(' ') + 1)..]));
            }

            foreach (var acronym in entry.Acronyms)
            {
                _acronyms.TryAdd(acronym, entry.Id);
            }

            if (entry.Kind == ActorKind.State)
            {
                var english = entry.Demonyms.Concat(entry.Metonyms).Concat(entry.Acronyms).Append(entry.Name).Select(Key).ToHashSet(StringComparer.Ordinal);
                _stateEndonyms.UnionWith(entry.Aliases.Select(Key).Where(a => !a.Contains(' ', StringComparison.Ordinal) && !english.Contains(a)));
            }

            foreach (var demonym in entry.Demonyms)
            {
                _demonyms.TryAdd(TextFolding.Fold(demonym), entry.Id);
            }

        }
    }

    public IReadOnlyList<RawMention> Find(string sentence) => Find(sentence, date: null, document: null);

    /// <summary>
    /// Finds the names of one sentence. <paramref name="date"/> is the article's: a capital stands for the state that
    /// held it then ("Moscow" in 1987 is the Soviet Union). <paramref name="document"/> tells how words are written in the
    /// rest of the article, which helps the tagger read headlines in capitals.
    /// </summary>
    public IReadOnlyList<RawMention> Find(string sentence, DateOnly? date, NameDocument? document)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = Tokenizer.Tokenize(sentence);
        var names = TaggedNames.Align(tokens, _tagger.Tag(sentence, document));
        var reading = new Reading(tokens, sentence, names, date);
        var i = 0;
        while (i < tokens.Count)
        {
            i = ReadAt(reading, i);
        }

        return reading.Mentions;
    }

    /// <summary>The matching key of a name: folded words joined by single spaces ("Erdoğan's" → "erdogan").</summary>
    public static string Key(string name) => string.Join(' ', Tokenizer.Tokenize(name).Where(t => t.IsWord).Select(t => t.Folded));

    /// <summary>An acronym some papers write as a word ("Nato", "Opec"), in capitals; null for any other word.</summary>
    public static string? AcronymWrittenAsWord(string text) =>
        text.Length is >= 4 and <= 6 && char.IsUpper(text[0]) && text.Skip(1).All(char.IsLower) ? text.ToUpperInvariant() : null;

    private static string StripPossessive(string text) =>
        text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal) ? text[..^2]
        : text.EndsWith("s'", StringComparison.Ordinal) || text.EndsWith("s’", StringComparison.Ordinal) ? text[..^1]
        : text;

    /// <summary>One sentence being read: its tokens, the tagger's names over them, and the mentions found so far.</summary>
    private sealed record Reading(IReadOnlyList<Token> Tokens, string Sentence, TaggedNames Names, DateOnly? Date)
    {
        public List<RawMention> Mentions { get; } = [];
    }
}
