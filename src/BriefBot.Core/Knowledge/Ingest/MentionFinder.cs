using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// Finds actor names in a sentence: gazetteer names and acronyms, demonyms and capitals that stand for a state,
/// titled names ("Iranian President Masoud Pezeshkian") and capitalised names nobody listed.
/// </summary>
public sealed class MentionFinder
{
    private const int MaxNameWords = 6;

    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _metonyms = new(StringComparer.Ordinal);
    private readonly Gazetteer _gazetteer;
    private readonly int _longestAlias;

    public MentionFinder(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        foreach (var entry in gazetteer.Entries)
        {
            foreach (var alias in entry.Aliases.Prepend(entry.Name))
            {
                var key = Key(alias);
                _aliases.TryAdd(key, entry.Id);
                _longestAlias = Math.Max(_longestAlias, key.Count(c => c == ' ') + 1);
            }

            foreach (var acronym in entry.Acronyms)
            {
                _acronyms.TryAdd(acronym, entry.Id);
            }

            foreach (var demonym in entry.Demonyms)
            {
                _demonyms.TryAdd(TextFolding.Fold(demonym), entry.Id);
            }

            foreach (var metonym in entry.Metonyms)
            {
                _metonyms.TryAdd(TextFolding.Fold(metonym), entry.Id);
            }
        }
    }

    public IReadOnlyList<RawMention> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = Tokenizer.Tokenize(sentence);
        var mentions = new List<RawMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            i = ReadAt(tokens, i, sentence, mentions);
        }

        return mentions;
    }

    /// <summary>Reads whatever name starts at token <paramref name="i"/>; returns the next token to read.</summary>
    private int ReadAt(IReadOnlyList<Token> tokens, int i, string sentence, List<RawMention> mentions)
    {
        var t = tokens[i];
        if (!t.IsWord)
        {
            return i + 1;
        }

        if (_acronyms.TryGetValue(StripPossessive(t.Text), out var acronymId))
        {
            mentions.Add(Gazetteer(tokens, i, i + 1, sentence, acronymId));
            return i + 1;
        }

        // A longer listed name beats a demonym or capital inside it: "Ottoman Empire" is not "Ottoman …".
        if (t.IsCapitalised && LongestAlias(tokens, i) is { Id: { } longId } longAlias && longAlias.End - i > 1 && !ExtendsIntoNewName(tokens, longAlias.End, RunEnd(tokens, i)))
        {
            mentions.Add(WithRoles(Gazetteer(tokens, i, longAlias.End, sentence, longId), tokens, i, longAlias.End, sentence));
            return longAlias.End;
        }

        var demonymId = t.IsCapitalised ? _demonyms.GetValueOrDefault(t.Folded) : null;
        var titleAt = demonymId is null ? i : i + 1;
        if (TitleReader.Read(tokens, titleAt, sentence) is { } title)
        {
            return ReadTitled(tokens, i, title, demonymId, sentence, mentions);
        }

        if (!t.IsCapitalised)
        {
            return i + 1;
        }

        if (demonymId is not null)
        {
            return ReadDemonym(tokens, i, sentence, mentions);
        }

        if (_metonyms.TryGetValue(t.Folded, out var stateId))
        {
            var previous = i > 0 && tokens[i - 1].IsWord ? tokens[i - 1].Folded : "";
            mentions.Add(NameLexicon.LocationPrepositions.Contains(previous)
                ? Discovered(tokens, i, i + 1, sentence, ActorKind.Place)
                : Gazetteer(tokens, i, i + 1, sentence, stateId) with { Source = MentionSource.Metonym });
            return i + 1;
        }

        if (NameLexicon.Stopwords.Contains(t.Folded))
        {
            return i + 1;
        }

        var (aliasEnd, aliasId) = LongestAlias(tokens, i);
        var runEnd = RunEnd(tokens, i);
        if (aliasId is not null && (runEnd <= aliasEnd || !ExtendsIntoNewName(tokens, aliasEnd, runEnd)))
        {
            mentions.Add(WithRoles(Gazetteer(tokens, i, aliasEnd, sentence, aliasId), tokens, i, aliasEnd, sentence));
            return aliasEnd;
        }

        if (Classify(tokens, i, runEnd) is { } kind)
        {
            var mention = Discovered(tokens, i, runEnd, sentence, kind);
            mentions.Add(kind == ActorKind.Person ? WithRoles(mention, tokens, i, runEnd, sentence) : mention);
        }

        return Math.Max(runEnd, i + 1);
    }

    private int ReadTitled(IReadOnlyList<Token> tokens, int start, TitleReader.TitleMatch title, string? demonymId, string sentence, List<RawMention> mentions)
    {
        var (aliasEnd, aliasId) = LongestAlias(tokens, title.NameStart);
        var runEnd = RunEnd(tokens, title.NameStart);
        RawMention mention;
        int end;
        if (aliasId is not null)
        {
            end = aliasEnd;
            mention = Gazetteer(tokens, title.NameStart, aliasEnd, sentence, aliasId);
        }
        else
        {
            end = Math.Min(runEnd, title.NameStart + 4);
            mention = Discovered(tokens, title.NameStart, end, sentence, ActorKind.Person);
        }

        mention = mention with { Title = title.Title, Qualifier = title.Qualifier, OfActorId = demonymId };
        mentions.Add(WithRoles(mention, tokens, title.NameStart, end, sentence));
        return Math.Max(end, start + 1);
    }

    private int ReadDemonym(IReadOnlyList<Token> tokens, int i, string sentence, List<RawMention> mentions)
    {
        // "Azerbaijani–Iranian border": every demonym of a hyphenated compound names its state.
        var ids = new List<(int Index, string Id)> { (i, _demonyms[tokens[i].Folded]) };
        var j = i + 1;
        while (j < tokens.Count && tokens[j].HyphenBefore && (_demonyms.TryGetValue(tokens[j].Folded, out var next) || _aliases.TryGetValue(tokens[j].Folded, out next)))
        {
            ids.Add((j, next));
            j++;
        }

        var noun = j < tokens.Count && tokens[j].IsWord && !tokens[j].HyphenBefore ? tokens[j].Folded : "";
        if (NameLexicon.StateNouns.Contains(noun))
        {
            mentions.AddRange(ids.Select(x => Gazetteer(tokens, x.Index, x.Index + 1, sentence, x.Id) with { Source = MentionSource.Demonym }));
        }

        return j;
    }

    private (int End, string? Id) LongestAlias(IReadOnlyList<Token> tokens, int start)
    {
        for (var length = Math.Min(_longestAlias, tokens.Count - start); length >= 1; length--)
        {
            var words = tokens.Skip(start).Take(length).ToList();
            if (words.Any(w => !w.IsWord))
            {
                continue;
            }

            // A possessive ends a name: "Azerbaijan's Nakhchivan" is two names.
            if (words.Take(length - 1).Any(w => w.IsPossessive))
            {
                continue;
            }

            if (_aliases.TryGetValue(string.Join(' ', words.Select(w => w.Folded)), out var id))
            {
                return (start + length, id);
            }
        }

        return (start, null);
    }

    /// <summary>End of a run of capitalised words, with connectors inside ("Organisation of Turkic States").</summary>
    private static int RunEnd(IReadOnlyList<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && end - start < MaxNameWords)
        {
            var t = tokens[end];
            if (t.IsCapitalised && (end == start || !NameLexicon.Stopwords.Contains(t.Folded) || t.HyphenBefore))
            {
                end++;
                if (t.IsPossessive)
                {
                    break;
                }

                continue;
            }

            // A sentence's first word joins "of the …" only when it is a name's head ("Ministry of Defence"), not "Veterans of the …".
            var firstWordOk = start > 0 || end > start + 1 || NameLexicon.OrganisationWords.Contains(tokens[start].Folded) || NameLexicon.PlaceWords.Contains(tokens[start].Folded);
            var connectorOk = t.IsWord && NameLexicon.NameConnectors.Contains(t.Folded) && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && end > start && firstWordOk;
            if (connectorOk || (t.IsWord && t.HyphenBefore && end > start && NameLexicon.NameConnectors.Contains(tokens[end - 1].Folded)))
            {
                end++;
                continue;
            }

            break;
        }

        return end;
    }

    private static bool ExtendsIntoNewName(IReadOnlyList<Token> tokens, int aliasEnd, int runEnd)
    {
        var extra = tokens.Skip(aliasEnd).Take(runEnd - aliasEnd).Select(t => t.Folded).ToList();
        return extra.Any(w => NameLexicon.PlaceWords.Contains(w) || NameLexicon.OrganisationWords.Contains(w) || NameLexicon.OtherWords.Contains(w));
    }

    /// <summary>What kind of name a discovered run is, or null when it is not a name at all.</summary>
    private static ActorKind? Classify(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = tokens.Skip(start).Take(end - start).Select(t => t.Folded).ToList();
        if (words.Count == 0 || words.All(NameLexicon.Stopwords.Contains) || words.All(w => w.All(char.IsDigit)))
        {
            return null;
        }

        var last = words[^1];
        if (NameLexicon.PlaceWords.Contains(last))
        {
            return ActorKind.Place;
        }

        if (NameLexicon.OrganisationWords.Contains(last))
        {
            return ActorKind.Organisation;
        }

        if (words.Any(NameLexicon.OtherWords.Contains) || words.Any(w => w.All(char.IsDigit)))
        {
            return ActorKind.Other;
        }

        if (words.Any(NameLexicon.OrganisationWords.Contains))
        {
            return ActorKind.Organisation;
        }

        if (words.Any(NameLexicon.PlaceWords.Contains))
        {
            return ActorKind.Place;
        }

        // Adjectives are not names: "Middle Eastern", "Western".
        if (last.EndsWith("ern", StringComparison.Ordinal) || last.EndsWith("ean", StringComparison.Ordinal) || last.EndsWith("ese", StringComparison.Ordinal) || last.EndsWith("ish", StringComparison.Ordinal))
        {
            return null;
        }

        // Job titles are roles, not people: "Head of Research", "Foreign Minister".
        if (words.Any(w => NameLexicon.RoleNouns.Contains(w) || NameLexicon.TitleHeads.Contains(w)))
        {
            return null;
        }

        if (words.Count == 1)
        {
            var token = tokens[start];
            return token.IsAllCaps && token.Text.Length >= 3 && !IsRomanNumeral(token.Text) ? ActorKind.Organisation : ActorKind.Person;
        }

        return words.Count <= 4 ? ActorKind.Person : ActorKind.Other;
    }

    private RawMention WithRoles(RawMention mention, IReadOnlyList<Token> tokens, int start, int end, string sentence)
    {
        var kind = mention.GazetteerId is { } id && _gazetteer.ById.TryGetValue(id, out var entry) ? entry.Kind : mention.Kind;
        return kind == ActorKind.Person ? mention with { RolePhrases = RolePhraseReader.Read(tokens, start, end, sentence) } : mention;
    }

    private RawMention Gazetteer(IReadOnlyList<Token> tokens, int start, int end, string sentence, string id) => new()
    {
        Start = tokens[start].Start,
        End = tokens[end - 1].End,
        Surface = StripPossessive(sentence[tokens[start].Start..tokens[end - 1].End]),
        Folded = Key(sentence[tokens[start].Start..tokens[end - 1].End]),
        GazetteerId = id,
        Kind = _gazetteer.ById[id].Kind,
        Source = MentionSource.Gazetteer,
        IsSingleWord = end - start == 1,
    };

    private static RawMention Discovered(IReadOnlyList<Token> tokens, int start, int end, string sentence, ActorKind kind) => new()
    {
        Start = tokens[start].Start,
        End = tokens[end - 1].End,
        Surface = StripPossessive(sentence[tokens[start].Start..tokens[end - 1].End]),
        Folded = Key(sentence[tokens[start].Start..tokens[end - 1].End]),
        Kind = kind,
        Source = MentionSource.Discovered,
        IsSingleWord = end - start == 1,
    };

    /// <summary>The matching key of a name: folded words joined by single spaces ("Erdoğan's" → "erdogan").</summary>
    public static string Key(string name) => string.Join(' ', Tokenizer.Tokenize(name).Where(t => t.IsWord).Select(t => t.Folded));

    private static string StripPossessive(string text) =>
        text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal) ? text[..^2]
        : text.EndsWith("s'", StringComparison.Ordinal) || text.EndsWith("s’", StringComparison.Ordinal) ? text[..^1]
        : text;

    private static bool IsRomanNumeral(string text) => text.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M');
}
