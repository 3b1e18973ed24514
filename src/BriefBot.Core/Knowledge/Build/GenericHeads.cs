using System.Globalization;
using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// Organisation names every state has ("Radio", "Foreign Ministry", "Central Bank"): never one global actor,
/// always qualified by the state or city the text puts before them ("Tehran Radio", "Turkish Foreign Ministry",
/// "Turkey's Foreign Ministry"), else the one the article gave before, else its dateline.
/// </summary>
internal static class GenericHeads
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "radio", "television", "tv", "state radio", "state television", "news agency", "official news agency",
        "ministry", "foreign ministry", "finance ministry", "defence ministry", "defense ministry", "interior ministry",
        "trade ministry", "economy ministry", "economics ministry", "agriculture ministry", "industry ministry",
        "energy ministry", "oil ministry", "justice ministry", "health ministry", "labour ministry", "labor ministry",
        "bank", "central bank", "national bank", "government", "parliament", "cabinet", "commission", "embassy",
        "army", "navy", "air force", "police", "supreme court", "court", "stock exchange", "exchange", "treasury",
        "foreign office", "ministry of finance", "ministry of foreign affairs", "ministry of defence", "foreign ministry spokesman",
        "lower house", "upper house", "national assembly", "customs", "customs bureau", "statistics office", "statistics bureau",
        "banking commission", "academy of sciences",
        "national news agency", "board of investment", "investment board", "chamber of commerce", "chamber of commerce and industry",
    };

    /// <summary>
    /// Heads a state has one of, whatever city the story was filed from: "Tokyo Finance Ministry" and "Japanese
    /// Finance Ministry" are one, Japan's. Other heads are a city's own ("Paris Bourse", "Tehran Radio").
    /// </summary>
    private static readonly HashSet<string> National = new(StringComparer.Ordinal)
    {
        "government", "parliament", "cabinet", "treasury", "foreign office", "central bank", "national bank", "army", "navy",
        "air force", "supreme court", "lower house", "upper house", "national assembly", "customs", "customs bureau",
        "statistics office", "statistics bureau", "academy of sciences", "banking commission", "board of investment", "investment board",
    };

    /// <summary>
    /// Whether a head is a state's own: a named ministry ("Finance Ministry", "Ministry of Finance"; a bare "ministry"
    /// does not say which) or a <see cref="National"/> head.
    /// </summary>
    public static bool IsNational(string head) => National.Contains(head) || head.EndsWith(" ministry", StringComparison.Ordinal)
        || head.StartsWith("ministry of ", StringComparison.Ordinal) || head == "foreign ministry spokesman";

    /// <summary>Parties most states have one of: qualified by the state alone ("Italian Communist Party"), never by a city.</summary>
    private static readonly HashSet<string> PartyHeads = new(StringComparer.Ordinal)
    {
        "communist party", "socialist party", "social democratic party", "labour party", "labor party", "conservative party",
        "liberal party", "christian democrats", "christian democrat", "christian democratic party", "social democrats",
        "communists", "socialists", "liberals", "conservatives", "greens", "green party", "national party", "democratic party",
    };

    public static bool IsParty(string head) => PartyHeads.Contains(head);

    /// <summary>Heads a city has many of ("the bank", "the court"): the dateline city does not say which one.</summary>
    private static readonly HashSet<string> ManyPerCity = new(StringComparer.Ordinal) { "bank", "exchange", "court", "commission", "embassy" };

    public static bool IsOnePerCity(string head) => !ManyPerCity.Contains(head) && !Courts.Contains(head);

    public static bool IsGeneric(RawMention mention)
    {
        if (mention.GazetteerId is not null)
        {
            return false;
        }

        var key = MentionFinder.Key(mention.Surface);
        return Heads.Contains(key) || PartyHeads.Contains(key) || IsNamedMinistry(key) || Courts.Contains(key);
    }

    /// <summary>Courts a city has several of: qualified by the state or city, never one for the world.</summary>
    private static readonly HashSet<string> Courts = new(StringComparer.Ordinal)
    {
        "district court", "federal court", "federal district court", "superior court", "high court", "appeals court",
        "court of appeals", "federal appeals court", "bankruptcy court", "federal bankruptcy court", "constitutional court",
    };

    /// <summary>What a ministry is of, in the words of any state's ("Communication Ministry", "Ministry of Public Works").</summary>
    private static readonly HashSet<string> MinistrySubjects = new(StringComparer.Ordinal)
    {
        "and", "of", "the", "for", "foreign", "affairs", "trade", "industry", "industrial", "international", "finance", "economy",
        "economic", "economics", "agriculture", "food", "fisheries", "forestry", "energy", "oil", "petroleum", "mines", "mining",
        "justice", "health", "labour", "labor", "employment", "social", "welfare", "transport", "transportation", "communication",
        "communications", "telecommunications", "post", "posts", "telegraphs", "budget", "commerce", "planning", "development",
        "environment", "education", "information", "culture", "tourism", "housing", "construction", "public", "works", "water",
        "power", "science", "technology", "research", "defence", "defense", "interior", "home", "internal", "security", "national",
        "external", "revenue", "supply", "treasury", "cooperation", "co-operation", "aviation", "shipping", "maritime", "religious",
    };

    /// <summary>Two or more words that are all a ministry's subject ("Trade and Industry"): no name of their own.</summary>
    public static bool IsMinistrySubject(string[] words) => words.Length >= 2 && words[0] is not ("and" or "of" or "the" or "for") && words.All(MinistrySubjects.Contains);

    /// <summary>"Communication Ministry", "Ministry of Posts and Telecommunications": a ministry named only by its subject.</summary>
    private static bool IsNamedMinistry(string key)
    {
        var words = key.Split(' ');
        var subject = words[^1] == "ministry" ? words[..^1] : words.Length > 2 && words[0] == "ministry" && words[1] == "of" ? words[2..] : [];
        // A longer subject names one state's ministry ("Ministry of International Trade and Industry"): not generic.
        return subject.Length > 0 && subject.Count(w => w is not ("and" or "of" or "the" or "for")) <= 2 && subject.All(MinistrySubjects.Contains);
    }

    /// <summary>
    /// A party's or a national head's qualifier as its state: a city or place stands for the state that held it on
    /// the article's date, and the state is then written by its demonym ("Rome" → "Italian"); none when the
    /// qualifier is no state or place of the gazetteer.
    /// </summary>
    public static GenericQualifier? AsState(GenericQualifier qualifier, Gazetteer gazetteer, DateOnly? date)
    {
        if (!gazetteer.ById.TryGetValue(qualifier.Key, out var entry))
        {
            // A dateline city known only as a state's metonym ("MOSCOW") has no entry of its own; one the finder
            // did not tie to its entry ("ISTANBUL") is found by name.
            if (gazetteer.StatesByMetonym.TryGetValue(qualifier.Key, out var holders))
            {
                return Demonym(gazetteer.ById[gazetteer.StateOn(holders, date)]);
            }

            if (gazetteer.PlaceNamed(qualifier.Key) is not { } placeId)
            {
                return null;
            }

            entry = gazetteer.ById[placeId];
        }

        // A state named by a demonym, a possessive or a dateline the finder already placed in time stays itself;
        // a city is the state that held it then (Bonn in 1987 is West Germany's, not reunified Germany's).
        var stateId = entry.Kind == ActorKind.State ? entry.Id
            : gazetteer.StatesByMetonym.TryGetValue(TextFolding.Fold(entry.Name), out var held) ? gazetteer.StateOn(held, date)
            : entry.CountryId is { } country && gazetteer.ById.ContainsKey(country) ? gazetteer.StateOn([country], date)
            : null;
        if (stateId is null)
        {
            return null;
        }

        return Demonym(gazetteer.ById[stateId]);
    }

    private static GenericQualifier Demonym(GazetteerEntry state) => new(state.Id, state.Demonyms.Count > 0 ? state.Demonyms[0] : state.Name);

    /// <summary>
    /// A national head's qualifier: a city's name (the dateline's, or "Bonn's") stands for its state, written by
    /// the demonym; a state written by its own name ("U.S. Treasury") keeps it; a city the gazetteer does not know
    /// keeps its name.
    /// </summary>
    public static GenericQualifier AsNational(GenericQualifier qualifier, Gazetteer gazetteer, DateOnly? date)
    {
        if (gazetteer.ById.TryGetValue(qualifier.Key, out var entry) && entry.Kind == ActorKind.State
            && entry.Aliases.Concat(entry.Acronyms).Concat(entry.Demonyms).Append(entry.Name).Any(n => MentionFinder.Key(n) == MentionFinder.Key(qualifier.Surface)))
        {
            return qualifier;
        }

        return AsState(qualifier, gazetteer, date) ?? qualifier;
    }

    /// <summary>The qualifier written just before the head, from the previous mention or the word itself.</summary>
    public static GenericQualifier? Before(string sentence, RawMention mention, IReadOnlyList<(RawMention Mention, string Id)> resolved, ActorRegistry registry)
    {
        var before = sentence[..mention.Start].TrimEnd();
        if (resolved.LastOrDefault(r => r.Mention.End <= mention.Start) is { Mention: { } previous, Id: { } id }
            && sentence[previous.End..mention.Start].Trim().Trim('\'', '’', 's').Length == 0
            && registry[id].Kind is ActorKind.State or ActorKind.Place)
        {
            return new GenericQualifier(id, previous.Surface);
        }

        var tokens = Tokenizer.Tokenize(before);
        if (tokens.Count == 0 || !tokens[^1].IsCapitalised)
        {
            return null;
        }

        var word = tokens[^1];
        var folded = MentionFinder.Key(word.Text);
        if (NameLexicon.Stopwords.Contains(folded) || folded.Length < 3)
        {
            return null;
        }

        // Only a state's or a place's word qualifies: "Parliament's Lower House" is not Parliament's own.
        var stateId = registry.Gazetteer.Entries.FirstOrDefault(e => e.Demonyms.Concat(e.Metonyms).Append(e.Name).Concat(e.Aliases)
            .Any(d => MentionFinder.Key(d) == folded))?.Id;
        return stateId is null ? null : new GenericQualifier(stateId, StripPossessive(word.Text));
    }

    /// <summary>"TOKYO, March 3 -" → Tokyo, the city the story was filed from.</summary>
    public static GenericQualifier? Dateline(SentenceRecord first)
    {
        var comma = first.Text.IndexOf(',', StringComparison.Ordinal);
        if (first.Index != 0 || comma <= 1 || comma > 30)
        {
            return null;
        }

        var city = first.Text[..comma];
        if (!city.All(c => char.IsUpper(c) || c is ' ' or '.' or '-' or '\''))
        {
            return null;
        }

        var surface = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(city.ToLowerInvariant());
        var gazetteerId = first.Mentions.FirstOrDefault(m => m.Start == 0)?.GazetteerId;
        return new GenericQualifier(gazetteerId ?? MentionFinder.Key(city), surface);
    }

    public static string Key(GenericQualifier qualifier, RawMention mention) => $"generic:{qualifier.Key}:{HeadKey(MentionFinder.Key(mention.Surface))}";

    /// <summary>One head however it is written: a party (<see cref="PartyKey"/>), "Ministry of Finance" and "Finance Ministry".</summary>
    private static string HeadKey(string head)
    {
        head = string.Join(' ', head.Split(' ').Select(w => w switch { "defense" => "defence", "labor" => "labour", _ => w }));
        if (head.StartsWith("ministry of ", StringComparison.Ordinal))
        {
            var subject = head["ministry of ".Length..];
            head = (subject.StartsWith("the ", StringComparison.Ordinal) ? subject[4..] : subject).Replace("foreign affairs", "foreign", StringComparison.Ordinal) + " ministry";
        }

        return PartyKey(head);
    }

    /// <summary>One party however it is written: "the Conservatives" and "the Conservative Party", "Christian Democrat(s)".</summary>
    private static string PartyKey(string head) => head switch
    {
        "communists" => "communist party",
        "socialists" => "socialist party",
        "liberals" => "liberal party",
        "conservatives" => "conservative party",
        "greens" => "green party",
        "social democrats" => "social democratic party",
        "christian democrat" or "christian democrats" => "christian democratic party",
        _ => head,
    };

    private static string StripPossessive(string text) =>
        text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal) ? text[..^2] : text;
}
