using System.Globalization;
using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>
/// Finds date expressions in English text with TimeML values and their precision, never inventing a finer
/// part than written. Deictic words ("yesterday", "Friday", "last year") resolve against the document's date;
/// anaphoric ones ("the following day", "two decades later") against the nearest date told before them;
/// without either they stay undated.
/// </summary>
public static class DateExpressionParser
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IReadOnlyList<TemporalExpression> Parse(string text, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<Candidate>();
        void Add(Regex regex, Kind kind)
        {
            foreach (Match m in regex.Matches(text))
            {
                if (m.Length > 0)
                {
                    candidates.Add(new Candidate(m, kind));
                }
            }
        }

        Add(DateRules.MonthDayYear(), Kind.MonthDayYear);
        Add(DateRules.DayMonthYear(), Kind.DayMonthYear);
        Add(DateRules.IsoDate(), Kind.Iso);
        Add(DateRules.MonthYear(), Kind.MonthYear);
        Add(DateRules.MonthDay(), Kind.MonthDay);
        Add(DateRules.DayMonth(), Kind.MonthDay);
        Add(DateRules.RelativeMonthName(), Kind.RelativeMonthName);
        Add(DateRules.MonthAlone(), Kind.MonthAlone);
        Add(DateRules.Century(), Kind.Century);
        Add(DateRules.Decade(), Kind.Decade);
        Add(DateRules.ShortDecade(), Kind.ShortDecade);
        Add(DateRules.OrdinalQuarter(), Kind.OrdinalQuarter);
        Add(DateRules.AnaphoricQuarter(), Kind.AnaphoricQuarter);
        Add(DateRules.Half(), Kind.Half);
        Add(DateRules.YearAgo(), Kind.YearAgo);
        Add(DateRules.FiscalYear(), Kind.FiscalYear);
        Add(DateRules.TheYear(), Kind.TheYear);
        Add(DateRules.TheWeek(), Kind.TheWeek);
        Add(DateRules.ClockOnDay(), Kind.ClockOnDay);
        Add(DateRules.DayBeforeDay(), Kind.DayBeforeDay);
        Add(DateRules.YearEnd(), Kind.YearEnd);
        Add(DateRules.EndOf(), Kind.EndOf);
        Add(DateRules.SpelledYear(), Kind.SpelledYear);
        Add(DateRules.MonthSpelledYear(), Kind.MonthSpelledYear);
        Add(DateRules.SeasonOfYear(), Kind.Season);
        Add(DateRules.Season(), Kind.Season);
        Add(DateRules.SpelledDecade(), Kind.SpelledDecade);
        Add(DateRules.Offset(), Kind.Offset);
        Add(DateRules.AnchoredUnit(), Kind.AnchoredUnit);
        Add(DateRules.ShortlyAfter(), Kind.ShortlyAfter);
        Add(DateRules.RelativeUnit(), Kind.RelativeUnit);
        Add(DateRules.Weekend(), Kind.Weekend);
        Add(DateRules.DayWord(), Kind.DayWord);
        Add(DateRules.Weekday(), Kind.Weekday);
        Add(DateRules.WeekdayDate(), Kind.WeekdayDate);
        Add(DateRules.PresentRef(), Kind.PresentRef);
        Add(DateRules.Current(), Kind.PresentRef);
        Add(DateRules.PastRef(), Kind.PastRef);
        Add(DateRules.FutureRef(), Kind.FutureRef);
        Add(DateRules.Soon(), Kind.Soon);
        Add(DateRules.Year(), Kind.Year);
        Add(DateRules.MayMonth(), Kind.MonthAlone);
        Add(DateRules.Holiday(), Kind.Holiday);
        Add(DateRules.MonthOfRelativeYear(), Kind.MonthOfRelativeYear);
        Add(DateRules.WeekOf(), Kind.WeekOf);
        Add(DateRules.Frequency(), Kind.Frequency);
        foreach (Match m in DateRules.SecondDay().Matches(text))
        {
            // Only the trailing day is a new expression; the first is read by the month-day rule.
            candidates.Add(new Candidate(m, Kind.SecondDay));
        }

        // Longest match wins where patterns overlap ("March 4, 2026" over "March 4" and "2026").
        var chosen = new List<Candidate>();
        foreach (var c in candidates.Where(c => c.Kind != Kind.SecondDay).OrderByDescending(c => c.Match.Length).ThenBy(c => c.Match.Index))
        {
            if (!chosen.Any(o => o.Match.Index < c.Match.Index + c.Match.Length && c.Match.Index < o.Match.Index + o.Match.Length))
            {
                chosen.Add(c);
            }
        }

        foreach (var c in candidates.Where(c => c.Kind == Kind.SecondDay))
        {
            var day = c.Match.Groups["d"];
            if (!chosen.Any(o => o.Match.Index < day.Index + day.Length && day.Index < o.Match.Index + o.Match.Length))
            {
                chosen.Add(c);
            }
        }

        var result = new List<TemporalExpression>();
        foreach (var c in chosen.OrderBy(c => c.Match.Index))
        {
            var context = new DateContext(text, documentDate, result.LastOrDefault(r => r.Date is not null && !r.IsComparison), Focus(result, documentDate, text));
            if (DateResolver.Resolve(c.Match, c.Kind, context) is { } expression)
            {
                result.Add(expression);
            }
        }

        return result;
    }

    /// <summary>
    /// The reporting period in focus: the last quarter or half-year named that is over by the document's date (results
    /// are told of periods past; "the fourth quarter" still running or "the third quarter of 1990" forecast is not the
    /// period reported), is not a comparison, and is not long past ("the 1987 fourth quarter" in a 1989 story is history).
    /// A quarter whose results are told in the past ("reported a decline in fourth-quarter earnings" on 2 November) is
    /// over too: a fiscal quarter, ahead of the calendar's. A quarter told in passing ("after a flat second quarter") is not the one reported.
    /// </summary>
    private static PartialDate? Focus(List<TemporalExpression> found, DateOnly? documentDate, string text) => found
        .Where(r => r is { IsComparison: false, Date.Precision: DatePrecision.Quarter or DatePrecision.Half } && !InPassing(r, text))
        .Where(r => documentDate is not { } dct || ((r.Date!.Value.End < dct || (r.Date!.Value.Start < dct && Tense.Around(text, r.Start) == Tense.Direction.Past)) && r.Date!.Value.Start.Year >= dct.Year - (dct.Month <= 6 ? 1 : 0)))
        .Select(r => r.Date)
        .LastOrDefault();

    /// <summary>"after a flat second quarter": a period named with an indefinite article (not the adjective in "a third-quarter loss").</summary>
    private static bool InPassing(TemporalExpression r, string text) =>
        !r.Text.Contains('-', StringComparison.Ordinal) && DateRules.Indefinite().IsMatch(text[Math.Max(0, r.Start - 30)..r.Start]);

    internal enum Kind
    {
        MonthDayYear, DayMonthYear, Iso, MonthYear, MonthDay, RelativeMonthName, MonthAlone, Century, Decade, ShortDecade,
        Offset, AnchoredUnit, ShortlyAfter, RelativeUnit, Weekend, DayWord, Weekday, PresentRef, PastRef, FutureRef, Soon, Year, Holiday, MonthOfRelativeYear, WeekOf, Frequency, SecondDay, WeekdayDate,
        OrdinalQuarter, AnaphoricQuarter, Half, YearAgo, FiscalYear, TheYear, TheWeek, ClockOnDay, DayBeforeDay, YearEnd, EndOf, SpelledYear, MonthSpelledYear, Season, SpelledDecade,
    }

    private sealed record Candidate(Match Match, Kind Kind);

    internal static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, Inv);
}
