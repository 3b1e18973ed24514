using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>
/// The periods company results and budgets are told in, as the TimeML guidelines value them: "the third quarter",
/// "third-quarter" (1989-Q3), "the first half" (1989-H1), "fiscal 1990", "the latest quarter" and "the quarter" (the
/// reporting period in focus, else the last quarter completed), and comparisons — "the year-ago quarter",
/// "year-earlier", "a year earlier" — that are the period in focus a year before (1988-Q3).
/// </summary>
internal static class ReportingPeriods
{
    public static TemporalExpression? OrdinalQuarter(Match m, DateContext ctx)
    {
        var q = Ordinal(m.Groups["o"].Value);
        var fiscal = m.Groups["fiscal"].Success;
        var comparison = m.Groups["ago"].Success || m.Groups["post"].Success;
        if (ExplicitYear(m) is { } year)
        {
            return Result(m, Fiscal(PartialDate.Quarter(year, q), fiscal), DateDerivation.Explicit, comparison);
        }

        if (ctx.DocumentDate is not { } d)
        {
            return Timex.Plain(m, FormattableString.Invariant($"XXXX-Q{q}"));
        }

        var quarter = m.Groups["ry"].Success
            ? PartialDate.Quarter(d.Year + RelativeYear(m.Groups["ry"].Value), q)
            : Place(PartialDate.Quarter(d.Year, q), d, Tense.Around(ctx.Text, m.Index));
        return Result(m, Fiscal(comparison ? YearsBefore(quarter, 1) : quarter, fiscal), DateDerivation.DocumentDate, comparison);
    }

    public static TemporalExpression? Half(Match m, DateContext ctx)
    {
        var h = m.Groups["h"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2;
        var fiscal = m.Groups["fiscal"].Success;
        if (ExplicitYear(m) is { } year)
        {
            return Result(m, Fiscal(PartialDate.Half(year, h), fiscal), DateDerivation.Explicit, comparison: false);
        }

        if (ctx.DocumentDate is not { } d)
        {
            return Timex.Plain(m, FormattableString.Invariant($"XXXX-H{h}"));
        }

        var half = m.Groups["ry"].Success
            ? PartialDate.Half(d.Year + RelativeYear(m.Groups["ry"].Value), h)
            : Place(PartialDate.Half(d.Year, h), d, Tense.Around(ctx.Text, m.Index));
        return Result(m, Fiscal(half, fiscal), DateDerivation.DocumentDate, comparison: false);
    }

    /// <summary>"the latest quarter", "the quarter", "the year-ago period", "the 1988 quarter", "last year's quarter", "the quarter a year ago".</summary>
    public static TemporalExpression? Anaphoric(Match m, DateContext ctx)
    {
        var mods = m.Groups["mods"].Value.ToLowerInvariant();
        var isPeriod = m.Groups["u"].Value == "period";
        var ry = m.Groups["ry"].Success ? m.Groups["ry"].Value.ToLowerInvariant() : "";
        var yearAgo = mods.Contains("year-ago", StringComparison.Ordinal) || mods.Contains("year-earlier", StringComparison.Ordinal) || mods.Contains("prior-year", StringComparison.Ordinal);
        if (isPeriod && mods.Length == 0 && ry.Length == 0 && !m.Groups["post"].Success && !m.Groups["yr"].Success)
        {
            // "the period" alone is any stretch of time.
            return null;
        }

        // "this quarter" in a results story is the one reported, "the current quarter" the one running.
        var current = ctx.DocumentDate is { } today ? PartialDate.Quarter(today.Year, ((today.Month - 1) / 3) + 1) : (PartialDate?)null;
        var isThis = m.Groups["det"].Value.Equals("this", StringComparison.OrdinalIgnoreCase);
        // A story told in fiscal quarters ("the fiscal first quarter") means that one by "the quarter ended Sept. 29".
        var fiscalFocus = ctx.Focus is { IsFiscal: true } ? ctx.Focus : null;
        PartialDate? basis = fiscalFocus ?? QuarterEnded(m, ctx) ?? (mods.Contains("current", StringComparison.Ordinal) ? current
            : ctx.Focus ?? (isThis ? current : ctx.DocumentDate is { } d ? LatestQuarter(d) : null));
        if (m.Groups["yr"].Success)
        {
            var year = DateExpressionParser.Int(m.Groups["yr"]);
            var inYear = basis is { } b && ctx.Focus is not null ? Shift(b, year - b.Start.Year) : PartialDate.Year(year);
            return Result(m, inYear, DateDerivation.Explicit, comparison: ctx.DocumentDate is { } dd && year < dd.Year);
        }

        if (basis is not { } period)
        {
            return null;
        }

        if (ry == "this")
        {
            return Result(m, period, DateDerivation.DocumentDate, comparison: false);
        }

        var comparison = yearAgo || ry == "last" || m.Groups["post"].Success;
        return Result(m, comparison ? YearsBefore(period, 1) : period, ctx.Focus is null ? DateDerivation.DocumentDate : DateDerivation.Anchor, comparison);
    }

    /// <summary>"year-earlier profit", "the year-ago results": the period in focus a year before, else last year.</summary>
    public static TemporalExpression? YearAgo(Match m, DateContext ctx)
    {
        if (ctx.Focus is { } focus)
        {
            return Comparison(m.Index, m.Value, YearBeforeFocus(focus, 1, ctx.Text, m.Index));
        }

        return ctx.DocumentDate is { } d ? Comparison(m.Index, m.Value, PartialDate.Year(d.Year - 1)) : null;
    }

    /// <summary>"fiscal 1990", "fiscal '90", "the fiscal year", "the current fiscal year", "last fiscal year".</summary>
    public static TemporalExpression? FiscalYear(Match m, DateContext ctx)
    {
        if (m.Groups["y"].Success)
        {
            return Result(m, Fiscal(PartialDate.Year(DateExpressionParser.Int(m.Groups["y"])), true), DateDerivation.Explicit, comparison: false);
        }

        if (m.Groups["yy"].Success)
        {
            var yy = DateExpressionParser.Int(m.Groups["yy"]);
            return Result(m, Fiscal(PartialDate.Year(yy < 50 ? 2000 + yy : 1900 + yy), true), DateDerivation.Explicit, comparison: false);
        }

        if (ctx.DocumentDate is not { } d)
        {
            return null;
        }

        var rel = (m.Groups["det"].Value + " " + m.Groups["rel"].Value).ToLowerInvariant();
        var step = rel switch
        {
            _ when rel.Contains("latest", StringComparison.Ordinal) || rel.Contains("last", StringComparison.Ordinal) || rel.Contains("previous", StringComparison.Ordinal) || rel.Contains("prior", StringComparison.Ordinal) || rel.Contains("past", StringComparison.Ordinal) => -1,
            _ when rel.Contains("next", StringComparison.Ordinal) || rel.Contains("coming", StringComparison.Ordinal) || rel.Contains("new", StringComparison.Ordinal) => 1,
            _ => 0,
        };
        return Result(m, Fiscal(PartialDate.Year(d.Year + step), true), DateDerivation.DocumentDate, comparison: step < 0);
    }

    /// <summary>"for the year", "the full year": the year of the period in focus, else the document's.</summary>
    public static TemporalExpression? TheYear(Match m, DateContext ctx)
    {
        var year = ctx.Focus?.Start.Year ?? ctx.DocumentDate?.Year;
        return year is { } y ? Result(m, PartialDate.Year(y), DateDerivation.DocumentDate, comparison: false) : null;
    }

    /// <summary>"by year-end", "since year-end" (the last one), "next year-end": a year, as TimeML values it (with an END modifier it does not score).</summary>
    public static TemporalExpression? YearEnd(Match m, DateContext ctx)
    {
        if (ctx.DocumentDate is not { } d)
        {
            return null;
        }

        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var since = ctx.Text[..m.Index].TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase);
        var early = d.Month <= 2 && Tense.Around(ctx.Text, m.Index) != Tense.Direction.Future;
        var year = rel switch { "last" => d.Year - 1, "next" => d.Year + 1, "this" => d.Year, _ when since || early => d.Year - 1, _ => d.Year };
        return Result(m, PartialDate.Year(year), DateDerivation.DocumentDate, comparison: false);
    }

    public static TemporalExpression Comparison(int start, string text, PartialDate date) =>
        Timex.Make(start, text, date, DateDerivation.Anchor) with { IsComparison = true };

    /// <summary>
    /// What "a year earlier" compares with: the period in focus a year before (1988-Q3), but when the sentence speaks of
    /// months running to the period ("for the nine months", "the first six months") those months a year before, the year (1988).
    /// </summary>
    public static PartialDate YearBeforeFocus(PartialDate focus, int years, string text, int index)
    {
        var sentence = text[Tense.SentenceStart(text, index)..index];
        return DateRules.MonthsToDate().IsMatch(sentence) ? PartialDate.Year(focus.Start.Year - years) : YearsBefore(focus, years);
    }

    /// <summary>The same period <paramref name="years"/> earlier (1989-Q3 → 1988-Q3).</summary>
    public static PartialDate YearsBefore(PartialDate period, int years) => Shift(period, -years);

    private static PartialDate Shift(PartialDate period, int years) => period with { Start = period.Start.AddYears(years) };

    /// <summary>The last quarter wholly over at <paramref name="dct"/>: a results story of late October tells the third quarter.</summary>
    private static PartialDate LatestQuarter(DateOnly dct)
    {
        var current = ((dct.Month - 1) / 3) + 1;
        return current == 1 ? PartialDate.Quarter(dct.Year - 1, 4) : PartialDate.Quarter(dct.Year, current - 1);
    }

    /// <summary>
    /// A quarter or half named without a year: this year's, unless it has not begun (then last year's); when the
    /// sentence looks ahead and it ended more than a quarter ago, next year's ("will report a third-quarter loss" in
    /// November is the quarter just over).
    /// </summary>
    private static PartialDate Place(PartialDate period, DateOnly dct, Tense.Direction tense) =>
        tense == Tense.Direction.Future
            ? (period.End < dct.AddDays(-92) ? Shift(period, 1) : period)
            : (period.Start > dct ? Shift(period, -1) : period);

    /// <summary>"the quarter ended Sept. 30": the calendar quarter holding most of the three months to that day.</summary>
    private static PartialDate? QuarterEnded(Match m, DateContext ctx)
    {
        var ended = DateRules.PeriodEnded().Match(ctx.Text, m.Index + m.Length);
        if (!ended.Success || ended.Index != m.Index + m.Length)
        {
            return null;
        }

        var month = DateLexicon.Month(ended.Groups["m"].Value);
        var day = DateExpressionParser.Int(ended.Groups["d"]);
        int? year = ended.Groups["y"].Success ? DateExpressionParser.Int(ended.Groups["y"]) : ctx.DocumentDate is { } d ? CalendarDates.NearestYear(d, month, Math.Min(day, 28), Tense.Direction.Past) : null;
        if (year is not { } y)
        {
            return null;
        }

        var middle = new DateOnly(y, month, 1).AddMonths(-1);
        return PartialDate.Quarter(middle.Year, ((middle.Month - 1) / 3) + 1);
    }

    private static int? ExplicitYear(Match m) =>
        m.Groups["y"].Success ? DateExpressionParser.Int(m.Groups["y"]) : m.Groups["yr"].Success ? DateExpressionParser.Int(m.Groups["yr"]) : null;

    private static int RelativeYear(string rel) => rel.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };

    private static int Ordinal(string o) => o.ToLowerInvariant() switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 };

    private static PartialDate Fiscal(PartialDate date, bool fiscal) => fiscal ? date with { IsFiscal = true } : date;

    private static TemporalExpression Result(Match m, PartialDate date, DateDerivation derivation, bool comparison) =>
        Timex.Make(m, date, derivation) with { IsComparison = comparison };
}
