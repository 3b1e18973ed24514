using System.Globalization;
using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// Resolves the names of one article to actors. Within the article, a later surname, a shortened name or a
/// title alone ("the minister") goes to the one person the article introduced that way. Across the shelf, a
/// lone word goes to a gazetteer entry or to the only person whose surname it is; with two or more such people
/// it stays ambiguous and is attributed to nobody. Generic heads ("Radio") are qualified by their state or city.
/// </summary>
internal sealed class MentionResolver(ActorRegistry registry, Dictionary<string, List<string>> surnames, Dictionary<string, List<string>> titledSurnames, UntaggedSurnames untagged, AcronymLinks acronyms)
{
    private const int DatelineVote = 10;

    private readonly CompoundDemonyms _demonyms = new(registry.Gazetteer);

    /// <summary>Mentions attributed to nobody: ambiguous, unqualified or not a name worth an actor.</summary>
    public int Unresolved { get; private set; }

    public IReadOnlyList<ResolvedSentence> Resolve(ArticleExtraction extraction, Dictionary<string, HashSet<string>> ambiguous)
    {
        var memory = new ArticleMemory { Dateline = extraction.Sentences.Count > 0 ? GenericHeads.Dateline(extraction.Sentences[0]) : null, Published = extraction.Article.Published };
        var context = extraction.Sentences.SelectMany(s => s.Mentions).Select(m => NameForms.Key(m.Surface)).ToHashSet(StringComparer.Ordinal);
        var result = new List<ResolvedSentence>();
        foreach (var sentence in extraction.Sentences)
        {
            var actors = new List<(RawMention Mention, string Id)>();
            foreach (var mention in sentence.Mentions.SelectMany(m => MentionSplitter.Split(sentence.Text, m)))
            {
                var id = ResolveOne(sentence, mention, actors, memory, context, ambiguous);
                if (id is null)
                {
                    Unresolved++;
                    continue;
                }

                actors.Add((mention, id));
                Remember(mention, id, memory);
            }

            actors.AddRange(TitleReferences.Find(sentence, actors, memory, registry).ToList());
            actors.AddRange(untagged.Find(sentence, actors, memory, registry, surnames).ToList());
            actors.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
            result.Add(new ResolvedSentence(extraction.Article, sentence, actors) { DatelineIds = memory.DatelineIds });
        }

        return result;
    }

    private void Remember(RawMention mention, string id, ArticleMemory memory)
    {
        var draft = registry[id];
        if (draft.Kind != ActorKind.Person)
        {
            return;
        }

        if (!mention.IsSingleWord || mention.Title is not null)
        {
            memory.BySurname[ActorRegistry.LastWord(mention.Surface)] = id;
            memory.People.Add((id, NameForms.Key(mention.Surface).Split(' ')));
        }

        var titleWords = (mention.Title is null ? [] : new[] { mention.Title }).Concat(mention.RolePhrases)
            .SelectMany(t => MentionFinder.Key(t).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !NameForms.Honorifics.Contains(w))
            .ToList();
        if (titleWords.Count > 0)
        {
            memory.AddTitle(id, titleWords, mention.OfActorId);
        }
    }

    private string? ResolveOne(SentenceRecord sentence, RawMention mention, List<(RawMention Mention, string Id)> resolved, ArticleMemory memory, HashSet<string> context, Dictionary<string, HashSet<string>> ambiguous)
    {
        if (IsDateline(sentence, mention))
        {
            // "NEW YORK, March 2 -": the finder may keep only "YORK"; the city is the whole first segment.
            // After the city, a dateline names the country: "TOULOUSE, FRANCE, March 13 -". Datelines outvote the finder's guesses.
            var inCity = mention.End <= sentence.Text.IndexOf(',', StringComparison.Ordinal);
            var city = inCity && memory.Dateline is { } dateline ? dateline.Surface
                : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(mention.Surface.ToLowerInvariant());
            var place = mention.GazetteerId ?? registry.GetOrAdd(city, inCity ? ActorKind.Place : ActorKind.State, DatelineVote).Id;
            memory.DatelineIds.Add(place);
            return place;
        }

        if (mention.GazetteerId is { } gazetteerId)
        {
            // "Masao Fujioka ... Fujioka said": a town the gazetteer knows by that word yields to the person the story named.
            return mention.IsSingleWord && memory.BySurname.TryGetValue(NameForms.Key(mention.Surface), out var person)
                && registry.TryGet(gazetteerId, out var entry) && entry.Kind == ActorKind.Place ? person : gazetteerId;
        }


        if (GenericHeads.IsGeneric(mention))
        {
            return Qualified(sentence, mention, resolved, memory);
        }

        if (_demonyms.Find(mention) is { } state)
        {
            return state;
        }

        if (NameForms.IsNoName(mention.Surface))
        {
            return null;
        }

        if (!mention.IsSingleWord)
        {
            return ShortenedInArticle(mention, memory) ?? PersonAfterTitle(mention) ?? registry.FindByKey(mention.Folded) ?? registry.FindFirm(mention);
        }

        return LoneWord(mention, memory, context, ambiguous);
    }

    private string? Qualified(SentenceRecord sentence, RawMention mention, List<(RawMention Mention, string Id)> resolved, ArticleMemory memory)
    {
        var head = MentionFinder.Key(mention.Surface);
        var qualifier = GenericHeads.Before(sentence.Text, mention, resolved, registry) ?? memory.Qualifiers.GetValueOrDefault(head)
            ?? (GenericHeads.IsOnePerCity(head) ? memory.Dateline : null);
        if (qualifier is not null && GenericHeads.IsParty(head))
        {
            qualifier = GenericHeads.AsState(qualifier, registry.Gazetteer, memory.Published);
        }
        else if (qualifier is not null && GenericHeads.IsNational(head))
        {
            qualifier = GenericHeads.AsNational(qualifier, registry.Gazetteer, memory.Published);
        }

        if (qualifier is null)
        {
            return null;
        }

        memory.Qualifiers[head] = qualifier;
        return registry.GetOrAddKeyed(GenericHeads.Key(qualifier, mention), qualifier.Surface + " " + mention.Surface, ActorKind.Organisation).Id;
    }

    /// <summary>
    /// "Chancellor of the Exchequer Nigel Lawson", "Exchequer Nigel Lawson": a title the tagger read into a body's or
    /// an other's name, before a person the shelf knows by that full name.
    /// </summary>
    private string? PersonAfterTitle(RawMention mention)
    {
        var words = NameForms.Key(mention.Surface).Split(' ');
        for (var take = Math.Min(3, words.Length - 1); take >= 2; take--)
        {
            // A person's own first word is no title ("Ali Akbar Velayati"); one word before a body's is ("Exchequer").
            var lead = words[..^take];
            if (registry.FindByKey(string.Join(' ', words[^take..])) is { } id && registry[id].Kind == ActorKind.Person
                && (NameLexicon.TitleHeads.Contains(lead[0]) || (lead.Length == 1 && mention.Kind != ActorKind.Person)))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>"Hashemi Rafsanjani" after "Ali Akbar Hashemi Rafsanjani" in the same story.</summary>
    private static string? ShortenedInArticle(RawMention mention, ArticleMemory memory)
    {
        var words = NameForms.Key(mention.Surface).Split(' ');
        var fits = memory.People.Where(p => p.Words.Length > words.Length && p.Words.AsSpan(p.Words.Length - words.Length).SequenceEqual(words)).Select(p => p.Id).Distinct(StringComparer.Ordinal).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    private string? LoneWord(RawMention mention, ArticleMemory memory, HashSet<string> context, Dictionary<string, HashSet<string>> ambiguous)
    {
        var surname = NameForms.Key(mention.Surface);
        if (memory.BySurname.TryGetValue(surname, out var recent))
        {
            return recent;
        }

        if (acronyms.Find(mention.Surface) is { } organisation)
        {
            // "PSBR" stands for the Public Sector Borrowing Requirement: a figure, no actor.
            return NameForms.IsNoName(registry[organisation].Name) ? null : organisation;
        }

        // At a sentence's start a word the shelf also writes in lower case is capitalised by position, not a surname.
        if (mention.Start == 0 && mention.Title is null && untagged.IsOrdinaryWord(mention.Surface))
        {
            return registry.FindByKey(mention.Folded);
        }

        // "President Reagan" is a surname even where "Reagan" alone is too common a word to link by itself.
        if ((surnames.TryGetValue(surname, out var people) || (mention.Title is not null && titledSurnames.TryGetValue(surname, out people))) && people is not null)
        {
            if (people.Count == 1)
            {
                return people[0];
            }

            // "President Reagan" between Ronald and Nancy: the one of them ever written with that title.
            if (mention.Title is { } title)
            {
                var titled = people.Where(p => registry[p].Context.Contains(ActorDraft.TitleContext + MentionFinder.Key(title))).ToList();
                if (titled.Count == 1)
                {
                    return titled[0];
                }

                if (titled.Count == 0)
                {
                    return registry.GetOrAdd(mention.Surface, ActorKind.Person, 3).Id;
                }
            }

            if (!ambiguous.TryGetValue(mention.Surface, out var set))
            {
                ambiguous[mention.Surface] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(people);
            return null;
        }

        // A known single-word name (an acronym, a titled name seen before) or a new titled one.
        if ((registry.FindByKey(mention.Folded) ?? registry.FindFirm(mention)) is { } known)
        {
            return known;
        }

        if (NearSurname(surname, context) is { } near)
        {
            return near;
        }

        // A lone organisation word is an acronym ("OPEC") or a bare head ("Securities", "Co"): only the first is a name.
        var isAcronym = mention.Surface.Length >= 2 && mention.Surface.Where(char.IsLetter).All(char.IsUpper);
        return mention.Title is not null || (mention.Kind == ActorKind.Organisation && (isAcronym || NameForms.SingleWordBodies.Contains(mention.Folded)))
            ? registry.GetOrAdd(mention.Surface, mention.Kind, mention.Title is null ? 1 : 3).Id
            : null;
    }

    /// <summary>"Halefolu" for the one "Halefoglu" of the shelf, when the story also names someone named beside him.</summary>
    private string? NearSurname(string word, HashSet<string> context)
    {
        if (word.Length < 7)
        {
            return null;
        }

        var fits = surnames
            .Where(kv => kv.Value.Count == 1 && kv.Key.Length >= 7 && EditDistance.AtMostOne(word, kv.Key))
            .Select(kv => registry[kv.Value[0]])
            .Where(d => d.Context.Any(context.Contains))
            .ToList();
        return fits.Count == 1 ? fits[0].Id : null;
    }

    /// <summary>"TOKYO, March 3 -", "KASHIKOJIMA, JAPAN, April 26 -": where the story was filed, not a participant.</summary>
    public static bool IsDateline(SentenceRecord sentence, RawMention mention)
    {
        if (sentence.Index != 0 || mention.Surface.Length < 2 || !mention.Surface.Where(char.IsLetter).All(char.IsUpper))
        {
            return false;
        }

        var comma = sentence.Text.IndexOf(',', StringComparison.Ordinal);
        var dash = sentence.Text.IndexOf(" - ", StringComparison.Ordinal);
        return comma > 1 && dash > comma && dash <= 60 && mention.End <= dash
            && sentence.Text[..comma].All(c => char.IsUpper(c) || c is ' ' or '.' or '-' or '\'');
    }
}
