using System.Globalization;
using System.Text.RegularExpressions;

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
        Add(DateRules.Quarter(), Kind.Quarter);
        Add(DateRules.Offset(), Kind.Offset);
        Add(DateRules.AnchoredUnit(), Kind.AnchoredUnit);
        Add(DateRules.ShortlyAfter(), Kind.ShortlyAfter);
        Add(DateRules.RelativeUnit(), Kind.RelativeUnit);
        Add(DateRules.Weekend(), Kind.Weekend);
        Add(DateRules.DayWord(), Kind.DayWord);
        Add(DateRules.Weekday(), Kind.Weekday);
        Add(DateRules.PresentRef(), Kind.PresentRef);
        Add(DateRules.PastOrFutureRef(), Kind.PastOrFutureRef);
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
            var anchor = result.LastOrDefault(r => r.Date is not null)?.Date;
            if (DateResolver.Resolve(c.Match, c.Kind, text, documentDate, anchor) is { } expression)
            {
                result.Add(expression);
            }
        }

        return result;
    }

    internal enum Kind
    {
        MonthDayYear, DayMonthYear, Iso, MonthYear, MonthDay, RelativeMonthName, MonthAlone, Century, Decade, ShortDecade,
        Quarter, Offset, AnchoredUnit, ShortlyAfter, RelativeUnit, Weekend, DayWord, Weekday, PresentRef, PastOrFutureRef, Year, Holiday, MonthOfRelativeYear, WeekOf, Frequency, SecondDay,
    }

    private sealed record Candidate(Match Match, Kind Kind);

    internal static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, Inv);
}
