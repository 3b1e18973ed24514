using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// What the words around a name say about it being a firm, whatever the tagger read: newswire brackets
/// ("&lt;Celanese Fibres Operations Ltd&gt;"), a ticker after it ("AB Astra &lt;ASTS.ST&gt;"), its shares or its
/// subsidiaries, "said its", and a list of firms it stands in ("Bankers Trust Ltd, Banque Bruxelles Lambert, …").
/// </summary>
internal static partial class FirmCues
{
    /// <summary>A cue outweighs the tagger's guesses of several untitled mentions.</summary>
    public const int Vote = 5;

    /// <summary>Whether the sentence writes the name as a firm.</summary>
    public static bool IsWrittenAsFirm(string sentence, RawMention mention)
    {
        if (!MayBeFirm(mention))
        {
            return false;
        }

        var before = sentence[..mention.Start];
        var after = sentence[mention.End..];
        return Bracketed().IsMatch(before) || TickerAfter().IsMatch(after) || FirmVerbAfter().IsMatch(after) || FirmNounBefore().IsMatch(before);
    }

    /// <summary>
    /// The mentions of a list ("A Ltd, B, C and D Co") typed person or other when at least two and at least half of
    /// the list are firms by their own words: a list of co-managers or bidders is a list of firms.
    /// </summary>
    public static IEnumerable<RawMention> ListedWithFirms(string sentence, IReadOnlyList<RawMention> mentions)
    {
        var ordered = mentions.OrderBy(m => m.Start).ToList();
        var run = new List<RawMention>();
        for (var i = 0; i <= ordered.Count; i++)
        {
            if (i < ordered.Count && (run.Count == 0 || (ordered[i].Start >= run[^1].End && ListGap().IsMatch(sentence[run[^1].End..ordered[i].Start]))))
            {
                run.Add(ordered[i]);
                continue;
            }

            foreach (var listed in FirmsOf(run))
            {
                yield return listed;
            }

            run = i < ordered.Count ? [ordered[i]] : [];
        }
    }

    private static IEnumerable<RawMention> FirmsOf(List<RawMention> run)
    {
        if (run.Count < 3)
        {
            return [];
        }

        var firms = run.Where(m => NameForms.KindOf(m.Surface, ActorKind.Person) == ActorKind.Organisation).ToList();
        return firms.Count >= 2 && 2 * firms.Count >= run.Count ? run.Where(m => MayBeFirm(m) && !firms.Contains(m) && m.Title is null) : [];
    }

    /// <summary>Only a person or an "other" is retyped, and not a treaty, act or plan ("Multi-Fibre Agreement").</summary>
    private static bool MayBeFirm(RawMention mention) =>
        mention.Kind is ActorKind.Person or ActorKind.Other && !MentionFinder.Key(mention.Surface).Split(' ').Any(NameLexicon.OtherWords.Contains);

    [GeneratedRegex(@"<\s*$")]
    private static partial Regex Bracketed();

    /// <summary>"&lt;ASTS.ST&gt;", "&lt;GM&gt;", "(BBLB.B)"; a bare acronym in parentheses defines a name, it is no ticker.</summary>
    [GeneratedRegex(@"^\s*(<\s*[A-Z0-9]{1,6}(\.[A-Z]{1,3})?\s*>|\(\s*[A-Z0-9]{1,6}\.[A-Z]{1,3}\s*\))")]
    private static partial Regex TickerAfter();

    [GeneratedRegex(@"^(\s*(said|says|reported|announced|added)\s+its\b|'s?\s+(shares|stock|shareholders|subsidiary|subsidiaries|unit|board of directors|net profit|net income|earnings|revenues?)\b)")]
    private static partial Regex FirmVerbAfter();

    [GeneratedRegex(@"\b(shares|stock|stake|shareholders?) (of|in)\s+$|\b(subsidiary|unit|division|affiliate|takeover) of\s+$|\bbid for\s+$")]
    private static partial Regex FirmNounBefore();

    [GeneratedRegex(@"^\s*(,|;|,?\s+and|,?\s+or)\s*$")]
    private static partial Regex ListGap();
}
