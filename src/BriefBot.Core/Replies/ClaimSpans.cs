using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Replies;

/// <summary>
/// How disagreeing sources read in any reply: each claim with its own sources, never one picked
/// ("5 March 2026 [1] · 6 March 2026 [2] — sources differ"); a publisher's own correction reads as a revision
/// ("6 March 2026 [2] (revised from 5 March 2026 [1] by the same publisher)").
/// </summary>
public static class ClaimSpans
{
    public const string SourcesDiffer = "sources differ";

    /// <summary>The event's date with its claims; <paramref name="cited"/> gets the citations already shown.</summary>
    public static IReadOnlyList<Span> EventDate(KnowledgeEvent e, SourceBook book, ISet<Citation> cited)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(cited);
        if (e.DateClaims.Count < 2)
        {
            return [new DateSpan(e.Date, e.IsInferred)];
        }

        return Claims(e.DateClaims.Select(c => (Spans: (IReadOnlyList<Span>)[new DateSpan(c.Date, e.IsInferred)], c.Citations, c.IsCorrected)).ToList(), book, cited);
    }

    /// <summary>A role disagreement as one line's spans, with the time it is about.</summary>
    public static IReadOnlyList<Span> Roles(RoleDisagreement disagreement, Func<Role, string> roleText, SourceBook book)
    {
        ArgumentNullException.ThrowIfNull(disagreement);
        ArgumentNullException.ThrowIfNull(roleText);
        var spans = Claims([.. disagreement.Claims.Select(c => (Spans: (IReadOnlyList<Span>)[new StrongSpan(roleText(c.Role))], c.Citations, c.IsCorrected))], book, new HashSet<Citation>()).ToList();
        if (disagreement.AsOf is { } asOf)
        {
            spans.Add(new TextSpan(", as of "));
            spans.Add(new DateSpan(asOf, IsInferred: false));
        }

        return spans;
    }

    private static List<Span> Claims(List<(IReadOnlyList<Span> Spans, IReadOnlyList<Citation> Citations, bool IsCorrected)> claims, SourceBook book, ISet<Citation> cited)
    {
        IEnumerable<Span> Cited((IReadOnlyList<Span> Spans, IReadOnlyList<Citation> Citations, bool IsCorrected) claim)
        {
            cited.UnionWith(claim.Citations);
            return [.. claim.Spans, new TextSpan(" "), .. claim.Citations.Select(book.Cite).Distinct()];
        }

        var standing = claims.Where(c => !c.IsCorrected).ToList();
        var corrected = claims.Where(c => c.IsCorrected).ToList();
        var spans = new List<Span>();
        if (standing.Count == 1)
        {
            spans.AddRange(Cited(standing[0]));
            spans.Add(new TextSpan(" (revised from "));
            AddJoined(spans, corrected.Select(Cited), " and ");
            spans.Add(new TextSpan(" by the same publisher)"));
            return spans;
        }

        AddJoined(spans, standing.Select(Cited), " · ");
        spans.Add(new TextSpan(" — " + SourcesDiffer));
        if (corrected.Count > 0)
        {
            spans.Add(new TextSpan(" (and, corrected by its own publisher, "));
            AddJoined(spans, corrected.Select(Cited), " and ");
            spans.Add(new TextSpan(")"));
        }

        return spans;
    }

    private static void AddJoined(List<Span> spans, IEnumerable<IEnumerable<Span>> parts, string separator)
    {
        var first = true;
        foreach (var part in parts)
        {
            if (!first)
            {
                spans.Add(new TextSpan(separator));
            }

            spans.AddRange(part);
            first = false;
        }
    }
}
