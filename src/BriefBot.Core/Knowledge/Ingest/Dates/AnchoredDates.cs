using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Dates counted from another: "two weeks ago", "three years later", "the following day", "the day before last Tuesday", "shortly afterward".</summary>
internal static class AnchoredDates
{
    public static TemporalExpression? Offset(Match m, DateContext ctx)
    {
        var n = DateLexicon.Number(m.Groups["n"].Value);
        var unit = m.Groups["u"].Value.ToLowerInvariant().TrimEnd('s');
        var direction = m.Groups["d"].Value.ToLowerInvariant();

        // "a week after the anniversary" counts from an event, not from a date told before: no value.
        if (direction is "after" or "before" && NextChar(m, ctx.Text) is not ('.' or ',' or ';' or ')'))
        {
            return null;
        }

        var sign = direction is "ago" or "earlier" or "before" ? -1 : 1;
        if (n is null)
        {
            return Timex.Plain(m, sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }

        // "a year earlier" in a results story is the reporting period in focus, a year before (TimeML: 1988-Q3).
        if (unit == "year" && sign < 0 && ctx.Focus is { } focus)
        {
            return ReportingPeriods.Comparison(m.Index, m.Value, ReportingPeriods.YearBeforeFocus(focus, n.Value, ctx.Text, m.Index));
        }

        // "ago" counts from the document's date; "later"/"earlier" from the date told before, else the document's.
        var fromAnchor = direction != "ago" && ctx.Anchor?.Date is not null;
        var basis = fromAnchor ? ctx.Anchor!.Date : ctx.DocumentDate is { } d ? new PartialDate(d, DatePrecision.Day) : null;
        if (basis is not { } b)
        {
            return null;
        }

        var derivation = fromAnchor ? DateDerivation.Anchor : DateDerivation.DocumentDate;
        var start = b.Start;
        return unit switch
        {
            "day" => Timex.Make(m, new PartialDate(start.AddDays(sign * n.Value), DatePrecision.Day), derivation),
            "week" => Timex.Make(m, Timex.WeekOf(start.AddDays(sign * 7 * n.Value)), derivation),
            "month" => Timex.Make(m, PartialDate.Month(start.AddMonths(sign * n.Value).Year, start.AddMonths(sign * n.Value).Month), derivation),
            "year" => Timex.Make(m, PartialDate.Year(start.Year + (sign * n.Value)), derivation),
            "decade" => Timex.Make(m, b.Precision == DatePrecision.Decade ? PartialDate.Decade(start.Year + (sign * 10 * n.Value)) : PartialDate.Year(start.Year + (sign * 10 * n.Value)), derivation),
            _ => Timex.Make(m, PartialDate.Century(start.Year + (sign * 100 * n.Value)), derivation),
        };
    }

    public static TemporalExpression? AnchoredUnit(Match m, DateContext ctx)
    {
        if (ctx.Anchor?.Date is not { } a)
        {
            return null;
        }

        var rel = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : "same";

        // "the day before authorities issued…" counts from an event, not from the date told before.
        if (rel is "before" or "after" && NextChar(m, ctx.Text) is not ('.' or ',' or ';' or ')' or '\n'))
        {
            return null;
        }

        var step = rel switch { "following" or "next" or "after" => 1, "previous" or "before" => -1, _ => 0 };
        var s = a.Start;
        return m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "day" or "morning" or "evening" or "night" when a.Precision == DatePrecision.Day => Timex.Make(m, new PartialDate(s.AddDays(step), DatePrecision.Day), DateDerivation.Anchor),

            // "that same day" after "last October": a day of that month, which TimeML writes 1998-10-XX.
            "day" when m.Groups["rel"].Value.Equals("same", StringComparison.OrdinalIgnoreCase) && a.Precision == DatePrecision.Month => Timex.Plain(m, FormattableString.Invariant($"{s.Year:D4}-{s.Month:D2}-XX")),
            "week" when a.Precision >= DatePrecision.Week => Timex.Make(m, Timex.WeekOf(s.AddDays(7 * step)), DateDerivation.Anchor),
            "month" when a.Precision >= DatePrecision.Month => Timex.Make(m, PartialDate.Month(s.AddMonths(step).Year, s.AddMonths(step).Month), DateDerivation.Anchor),
            "year" when a.Precision >= DatePrecision.Year => Timex.Make(m, PartialDate.Year(s.Year + step), DateDerivation.Anchor),
            "decade" when a.Precision >= DatePrecision.Decade => Timex.Make(m, PartialDate.Decade(s.Year + (10 * step)), DateDerivation.Anchor),
            _ => null,
        };
    }

    /// <summary>"the day before last Tuesday's hearing": that day, one day earlier or later.</summary>
    public static TemporalExpression? DayBefore(Match m, DateContext ctx)
    {
        if (ClockTimes.NamedDay(m.Groups["day"], ctx) is not { Date: { } day } || day.Precision != DatePrecision.Day)
        {
            return null;
        }

        var step = m.Groups["rel"].Value.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
        return Timex.Make(m, new PartialDate(day.Start.AddDays(step), DatePrecision.Day), DateDerivation.DocumentDate);
    }

    /// <summary>"shortly afterward": the month of the date told before, never finer.</summary>
    public static TemporalExpression? ShortlyAfter(Match m, DateContext ctx) => ctx.Anchor?.Date is { } a
        ? Timex.Make(m, a.Precision > DatePrecision.Month ? PartialDate.Month(a.Start.Year, a.Start.Month) : a, DateDerivation.Anchor)
        : null;

    private static char NextChar(Match m, string text) => m.Index + m.Length < text.Length ? text[m.Index + m.Length] : '.';
}
