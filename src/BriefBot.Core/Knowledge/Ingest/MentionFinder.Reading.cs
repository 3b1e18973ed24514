using BriefBot.Core.Knowledge.Ingest.Names;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest;

public sealed partial class MentionFinder
{
    private const int MaxUntaggedNameWords = 4;
    private const int MaxBracketedWords = 12;

    /// <summary>Reads whatever name starts at token <paramref name="i"/>; returns the next token to read.</summary>
    private int ReadAt(Reading r, int i)
    {
        var tokens = r.Tokens;
        var t = tokens[i];
        // Wire brackets hold a firm's whole name, whatever the tagger made of it ("<Nippon Telegraph and Telephone Corp>").
        if (t.Text == "<" && BracketedFirmEnd(tokens, i) is { } close)
        {
            // "<Banca Nazionale del Lavoro (BNL)>", "<Sony Electronics (M) Sdn Bhd>": the name ends before a parenthesis.
            var end = i + 1;
            while (end < close && tokens[end].Text != "(")
            {
                end++;
            }

            if (end > i + 1)
            {
                r.Mentions.Add(Discovered(r, i + 1, end, ActorKind.Organisation));
            }

            return close + 1;
        }

        if (!t.IsWord || (i == 0 && t.IsCapitalised && TitleWords.Openers.Contains(t.Folded)))
        {
            return i + 1;
        }

        if (NewsNoise.IsTicker(t.Text) || NewsNoise.IsCurrency(t.Text, _currencies) || NewsNoise.IsSignOff(t.Text))
        {
            return Math.Max(i + 1, r.Names.At(i)?.End ?? 0);
        }

        if (AcronymAt(t) is { } acronymId && Accept(r, acronymId, i, i + 1))
        {
            r.Mentions.Add(Gazetteer(r, i, i + 1, acronymId));
            return i + 1;
        }

        // A longer listed name beats a demonym or capital inside it: "Ottoman Empire" is not "Ottoman …".
        if (t.IsCapitalised && LongestAlias(tokens, i) is { Id: { } longId } longAlias && longAlias.End - i > 1 && Accept(r, longId, i, longAlias.End) && !ExtendsIntoNewName(r, i, longAlias.End))
        {
            r.Mentions.Add(WithRoles(Gazetteer(r, i, longAlias.End, longId), r, i, longAlias.End));
            return longAlias.End;
        }

        var demonymId = t.IsCapitalised ? _demonyms.GetValueOrDefault(t.Folded) : null;
        if (ReadTitle(r, demonymId is null ? i : i + 1) is { } title)
        {
            return ReadTitled(r, i, title, demonymId ?? StateBefore(r, i));
        }

        if (!t.IsCapitalised)
        {
            return i + 1;
        }

        if (demonymId is not null)
        {
            // "British Airways", "Swiss Bank Corp": a demonym opening a body the tagger read whole is the firm's name.
            return NameFrom(r, i) is { Type: NameType.Organisation } firm && !NameLexicon.IsStateBody(tokens, i + 1, firm.End)
                ? ReadTagged(r, i, firm.End, firm.Type)
                : ReadDemonym(r, i);
        }

        // "Afterwards Firefly", "The Marl Shipping Company": the opener is never part of the name.
        // Except "New" opening a place or a body the tagger read whole ("New York", "New York Times").
        if (NameLexicon.Stopwords.Contains(t.Folded) && !(t.Folded == "new" && NameFrom(r, i) is { Type: NameType.Location or NameType.Organisation }))
        {
            return i + 1;
        }

        // "Nippon Steel", "Nippon Telegraph": a state's own-language name opening a body the tagger read whole is the body's.
        if (_stateEndonyms.Contains(t.Folded) && NameFrom(r, i) is { Type: NameType.Organisation } body)
        {
            return ReadTagged(r, i, body.End, body.Type);
        }

        if (_gazetteer.StatesByMetonym.TryGetValue(t.Folded, out var stateIds) && r.Names.At(i) is not { Type: NameType.Person })
        {
            return ReadMetonym(r, i, stateIds);
        }

        var (aliasEnd, aliasId) = LongestAlias(tokens, i);
        if (aliasId is not null && Accept(r, aliasId, i, aliasEnd) && !ExtendsIntoNewName(r, i, aliasEnd))
        {
            r.Mentions.Add(WithRoles(Gazetteer(r, i, aliasEnd, aliasId), r, i, aliasEnd));
            return aliasEnd;
        }

        if (r.Names.At(i) is { } name)
        {
            return ReadTagged(r, i, name.End, name.Type);
        }

        // A listed person's surname alone ("Afterwards Firefly spoke") is a name even where the tagger missed it.
        if (_listedSurnames.Contains(t.Folded))
        {
            r.Mentions.Add(WithRoles(Discovered(r, i, i + 1, ActorKind.Person), r, i, i + 1));
        }

        return i + 1;
    }

    /// <summary>
    /// Newswire writes a firm it gives no ticker for in angle brackets ("&lt;Alfa-Romeo SpA&gt;"): the token of the
    /// closing bracket when the opening one at <paramref name="open"/> holds a capitalised name, not a ticker ("&lt;GM&gt;").
    /// </summary>
    private static int? BracketedFirmEnd(IReadOnlyList<Token> tokens, int open)
    {
        for (var k = open + 1; k < tokens.Count && k <= open + MaxBracketedWords; k++)
        {
            if (tokens[k].Text == ">")
            {
                var first = tokens[open + 1];
                var ticker = k == open + 2 && (NewsNoise.IsTicker(first.Text) || first.Text.All(c => char.IsUpper(c) || char.IsDigit(c)));
                return k > open + 1 && first.IsWord && first.IsCapitalised && !ticker ? k : null;
            }

            if (tokens[k].Text == "<")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A name the tagger found and no gazetteer knows.</summary>
    private int ReadTagged(Reading r, int start, int end, NameType type)
    {
        end = WithSubject(r, end);
        var words = r.Tokens.Skip(start).Take(end - start).Where(w => w.IsWord).Select(w => w.Folded).ToList();
        if (words.Count == 0 || words.All(NameLexicon.Stopwords.Contains) || words.All(w => w.All(char.IsDigit)) || NewsNoise.IsByline(r.Tokens, start))
        {
            return end;
        }

        var last = words[^1];
        var lastText = LastWord(r, start, end);
        var onAt = words.IndexOf("on");
        var kind = type switch
        {
            NameType.Person => ActorKind.Person,
            // What stands before "on" says what the whole is, not its subject's last word ("... in Europe").
            _ when onAt > 0 && SubjectHeads.Contains(words[onAt - 1]) => words[onAt - 1] is "treaty" or "convention" ? ActorKind.Other : ActorKind.Organisation,
            _ when NameLexicon.PlaceWords.Contains(last) || IsGeographic(words) => ActorKind.Place,
            // "Airbus A320", "Cray X-MP", "Rolls RB211": a maker's name and a model is a product, not the maker.
            _ when words.Count >= 2 && ModelCode().IsMatch(lastText) => ActorKind.Other,
            _ when NameLexicon.OrganisationWords.Contains(last) => ActorKind.Organisation,
            _ when words.Any(NameLexicon.OtherWords.Contains) => ActorKind.Other,
            NameType.Location => ActorKind.Place,
            NameType.Organisation => ActorKind.Organisation,
            _ => ActorKind.Other,
        };

        // Adjectives and peoples are not actors: "Middle Eastern", "Turkish", "Latin American", "South Africans".
        if (type == NameType.Misc && (last.EndsWith("ern", StringComparison.Ordinal) || last.EndsWith("ean", StringComparison.Ordinal) || last.EndsWith("ese", StringComparison.Ordinal) || last.EndsWith("ish", StringComparison.Ordinal) || last.EndsWith("ian", StringComparison.Ordinal)
            || last.EndsWith("can", StringComparison.Ordinal) || last.EndsWith("cans", StringComparison.Ordinal) || last.EndsWith("ians", StringComparison.Ordinal) || last.EndsWith("eans", StringComparison.Ordinal)))
        {
            return end;
        }

        var mention = Discovered(r, start, end, NewsNoise.IsDateline(r.Tokens, start) ? ActorKind.Place : kind);
        r.Mentions.Add(mention.Kind == ActorKind.Person ? WithRoles(mention, r, start, end) : mention);
        return end;
    }

    private int ReadMetonym(Reading r, int i, List<string> stateIds)
    {
        var tokens = r.Tokens;
        var stateId = _gazetteer.StateOn(stateIds, r.Date);
        if (!Accept(r, stateId, i, i + 1) && !Accept(r, _aliases.GetValueOrDefault(tokens[i].Folded) ?? stateId, i, i + 1))
        {
            return i + 1;
        }

        var previous = i > 0 && tokens[i - 1].IsWord ? tokens[i - 1].Folded : "";
        if (NameLexicon.LocationPrepositions.Contains(previous) || NewsNoise.IsDateline(tokens, i))
        {
            var cityId = _aliases.GetValueOrDefault(tokens[i].Folded);
            r.Mentions.Add(cityId is not null && _gazetteer.ById[cityId].Kind == ActorKind.Place
                ? Gazetteer(r, i, i + 1, cityId)
                : Discovered(r, i, i + 1, ActorKind.Place));
            return i + 1;
        }

        r.Mentions.Add(Gazetteer(r, i, i + 1, stateId) with { Source = MentionSource.Metonym });
        return i + 1;
    }

    private int ReadDemonym(Reading r, int i)
    {
        var tokens = r.Tokens;

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
            r.Mentions.AddRange(ids.Select(x => Gazetteer(r, x.Index, x.Index + 1, x.Id) with { Source = MentionSource.Demonym }));
        }

        return j;
    }

    /// <summary>A name of several words the tagger read starting at token <paramref name="i"/>, if any.</summary>
    private static (int First, int End, NameType Type)? NameFrom(Reading r, int i) =>
        r.Names.At(i) is { } name && name.First == i && name.End > i + 1 ? name : null;

    /// <summary>
    /// Whether the tagger's name runs past a listed one into a new name: "Port Marl International Airport" is not
    /// "Port Marl"; "Japan Finance Ministry" is Japan's ministry, a state's body, not a new name.
    /// </summary>
    private static bool ExtendsIntoNewName(Reading r, int start, int aliasEnd) =>
        r.Names.At(start) is { } name && name.End > aliasEnd && !NameLexicon.IsStateBody(r.Tokens, aliasEnd, name.End) && r.Tokens.Skip(aliasEnd).Take(name.End - aliasEnd)
            .Any(t => NameLexicon.PlaceWords.Contains(t.Folded) || NameLexicon.OrganisationWords.Contains(t.Folded) || NameLexicon.OtherWords.Contains(t.Folded));

    /// <summary>Whether a gazetteer entry may be read here: curated ones always, generated ones where the tagger sees such a name.</summary>
    private bool Accept(Reading r, string id, int start, int end)
    {
        var entry = _gazetteer.ById[id];
        if (!entry.IsGenerated)
        {
            return true;
        }

        return entry.Kind == ActorKind.Place
            ? r.Names.Covers(start, end, type => type == NameType.Location)
            : r.Names.Covers(start, end, type => type != NameType.Person);
    }

    private (int End, string? Id) LongestAlias(IReadOnlyList<Token> tokens, int start)
    {
        // Only a run of words can be an alias, and a possessive ends it: "Azerbaijan's Nakhchivan" is two names.
        var longest = 0;
        while (longest < _longestAlias && start + longest < tokens.Count && tokens[start + longest].IsWord)
        {
            longest++;
            if (tokens[start + longest - 1].IsPossessive)
            {
                break;
            }
        }

        for (var length = longest; length >= 1; length--)
        {
            var key = length == 1 ? tokens[start].Folded : string.Join(' ', Enumerable.Range(start, length).Select(k => tokens[k].Folded));
            if (_aliases.TryGetValue(key, out var id))
            {
                return (start + length, id);
            }
        }

        return (start, null);
    }

    private RawMention WithRoles(RawMention mention, Reading r, int start, int end)
    {
        var kind = mention.GazetteerId is { } id && _gazetteer.ById.TryGetValue(id, out var entry) ? entry.Kind : mention.Kind;
        return kind == ActorKind.Person ? mention with { RolePhrases = RolePhraseReader.Read(r.Tokens, start, end, r.Sentence) } : mention;
    }

    private RawMention Gazetteer(Reading r, int start, int end, string id) => Discovered(r, start, end, _gazetteer.ById[id].Kind) with
    {
        GazetteerId = id,
        Source = MentionSource.Gazetteer,
    };

    private static RawMention Discovered(Reading r, int start, int end, ActorKind kind)
    {
        // A tagged span may take in the wire's brackets or quotes around a name ("<Delta Motor Corp>"): not its text.
        // Nor a ticker the tagger ran on into ("NV Philips Gloeilampenfabrieken PGLO.AS.").
        while (end - start > 1 && (IsEnclosing(r.Tokens[end - 1].Text) || NewsNoise.IsTicker(r.Tokens[end - 1].Text)))
        {
            end--;
        }

        while (end - start > 1 && IsEnclosing(r.Tokens[start].Text))
        {
            start++;
        }

        var text = r.Sentence[r.Tokens[start].Start..r.Tokens[end - 1].End];
        return new RawMention
        {
            Start = r.Tokens[start].Start,
            End = r.Tokens[end - 1].End,
            Surface = StripPossessive(text),
            Folded = Key(text),
            Kind = kind,
            Source = MentionSource.Discovered,
            IsSingleWord = end - start == 1,
        };
    }


    /// <summary>A listed acronym, also written as a word as some papers do ("Nato", "Opec").</summary>
    private string? AcronymAt(Token t)
    {
        var text = StripPossessive(t.Text);
        if (_acronyms.TryGetValue(text, out var id))
        {
            return id;
        }

        return AcronymWrittenAsWord(text) is { } acronym && _acronyms.TryGetValue(acronym, out id) ? id : null;
    }
}
