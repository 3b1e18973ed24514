using BriefBot.Core.Knowledge.Build;
using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Store;
using FuzzySharp;

namespace BriefBot.Core.Commands.Who;

/// <summary>
/// Finds an actor by what a user typed: exact name, alias or acronym, case and diacritics folded ("erdogan"),
/// a single name word shared by several actors (a picker, never a guess), then typos ("Pezeshkan").
/// </summary>
public static class ActorMatcher
{
    private const int FuzzyAccept = 85;
    private const int FuzzySuggest = 60;
    private const int ClosestWhenNothingFits = 3;

    public static ActorMatch Match(ActorIndex index, string typed)
    {
        ArgumentNullException.ThrowIfNull(index);
        var key = MentionFinder.Key(typed ?? "");
        if (key.Length == 0)
        {
            return new ActorMatch(null, [], [], false);
        }

        var exact = index.ByKey(key);
        if (exact.Count == 1)
        {
            return new ActorMatch(exact[0], [], [], false);
        }

        if (exact.Count > 1)
        {
            return new ActorMatch(null, exact, [], false);
        }

        var byWords = ByWords(index, key);
        if (byWords.Count == 1)
        {
            return new ActorMatch(byWords[0], [], [], false);
        }

        if (Written(byWords, key) is { } written)
        {
            return new ActorMatch(written, [], [], false);
        }

        if (byWords.Count > 1)
        {
            return new ActorMatch(null, byWords, [], false);
        }

        var scored = Fuzzy(index, key).ToList();
        if (scored.Count > 0 && scored[0].Score >= FuzzyAccept && (scored.Count == 1 || scored[0].Score - scored[1].Score >= 4))
        {
            return new ActorMatch(scored[0].Entry, [], [], true);
        }

        if (scored.Count > 1 && scored[0].Score >= FuzzyAccept)
        {
            return new ActorMatch(null, [.. scored.TakeWhile(s => s.Score >= FuzzyAccept).Select(s => s.Entry).Take(10)], [], true);
        }

        // Nothing close enough: still show the closest names, so a typo far off gets somewhere.
        var close = scored.Where(s => s.Score >= FuzzySuggest).Select(s => s.Entry).Take(5).ToList();
        return new ActorMatch(null, [], close.Count > 0 ? close : [.. scored.Take(ClosestWhenNothingFits).Select(s => s.Entry)], false);
    }

    /// <summary>
    /// Actors with every word of the query in one name. Words too short or too common for the index ("of", "U", "S")
    /// are left out, as the index leaves them out; a query of only such words matches no name this way.
    /// </summary>
    private static List<ActorIndexEntry> ByWords(ActorIndex index, string key)
    {
        var words = key.Split(' ').Where(w => w.Length > 2 && !NameLexiconAccess.IsStopword(w)).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        return [.. words
            .Select(w => index.ByWord(w).ToHashSet())
            .Aggregate((a, b) => { a.IntersectWith(b); return a; })
            .OrderByDescending(e => e.MentionCount).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Among names sharing the query's words, the one actor the query names as written: a firm without its legal
    /// form ("Texaco" is Texaco Inc, not Deutsche Texaco AG), or, for several words, the only name holding them in
    /// that order ("Royal Bank of Scotland" is Royal Bank of Scotland Plc). Two such actors stay a picker.
    /// </summary>
    private static ActorIndexEntry? Written(List<ActorIndexEntry> candidates, string key)
    {
        if (candidates.Count < 2)
        {
            return null;
        }

        var typedBase = FirmNames.Split(key).Base;
        var firm = candidates.Where(e => e.Keys.Any(k => FirmNames.Split(k).Base == typedBase)).ToList();
        if (firm.Count == 1)
        {
            return firm[0];
        }

        if (!key.Contains(' ', StringComparison.Ordinal) || firm.Count > 1)
        {
            return null;
        }

        var phrase = candidates.Where(e => e.Keys.Any(k => (" " + k + " ").Contains(" " + key + " ", StringComparison.Ordinal))).ToList();
        return phrase.Count == 1 ? phrase[0] : null;
    }

    /// <summary>Actors whose names start with or resemble <paramref name="typed"/>, best first, for autocomplete.</summary>
    public static IReadOnlyList<ActorIndexEntry> Suggest(ActorIndex index, string typed, int limit)
    {
        ArgumentNullException.ThrowIfNull(index);
        var key = MentionFinder.Key(typed ?? "");
        if (key.Length == 0)
        {
            return [.. index.Entries.Take(limit)];
        }

        var prefix = index.Entries.Where(e => e.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal) || k.Split(' ').Any(w => w.StartsWith(key, StringComparison.Ordinal))));
        var fuzzy = Fuzzy(index, key).Where(s => s.Score >= FuzzySuggest).Select(s => s.Entry);
        return [.. prefix.Concat(fuzzy).Distinct().Take(limit)];
    }

    /// <summary>
    /// Whole-name similarity, or 90% of the best word-to-word similarity ("Sylvanix Republik" ~ "Sylvania"); a
    /// one-word query is held against each word of a name as against a whole name ("Rafsanjan" ~ Rafsanjani).
    /// </summary>
    private static IEnumerable<(ActorIndexEntry Entry, int Score)> Fuzzy(ActorIndex index, string key)
    {
        var typedWords = key.Split(' ').Where(w => w.Length > 3).ToList();
        var oneWord = !key.Contains(' ', StringComparison.Ordinal) && key.Length > 3;
        return index.Entries
            .Select(e => (Entry: e, Score: Math.Max(
                e.Keys.Max(k => Fuzz.Ratio(key, k)),
                oneWord ? e.Keys.SelectMany(k => k.Split(' ')).Where(w => w.Length > 3).Select(w => Fuzz.Ratio(key, w)).DefaultIfEmpty(0).Max()
                : typedWords.Count < 2 ? 0 : e.Keys.SelectMany(k => k.Split(' ')).Where(w => w.Length > 3).Select(w => typedWords.Max(t => Fuzz.Ratio(t, w)) * 9 / 10).DefaultIfEmpty(0).Max())))
        .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Entry.MentionCount).ThenBy(x => x.Entry.Id, StringComparer.Ordinal);
    }
}
