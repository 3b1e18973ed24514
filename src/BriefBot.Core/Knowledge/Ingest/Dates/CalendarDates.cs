using System.Globalization;
using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Dates named by the calendar: days, months, years, centuries, with the year taken from the document's date when unsaid.</summary>
internal static class CalendarDates
{
    public static TemporalExpression Explicit(Match m) =>
        Timex.Make(m, PartialDate.Day(DateExpressionParser.Int(m.Groups["y"]), Month(m), DateExpressionParser.Int(m.Groups["d"])), DateDerivation.Explicit);

    /// <summary>
    /// The year that puts a month and day nearest the document's date, on the side the tense points to:
    /// "killed on Aug. 7" in a story of 18 August is this year's, "by Jan. 14" in a story of 15 January too.
    /// </summary>
    public static int NearestYear(DateOnly dct, int month, int day, Tense.Direction direction)
    {
        var best = dct.Year;
        var bestDistance = int.MaxValue;
        foreach (var year in new[] { dct.Year - 1, dct.Year, dct.Year + 1 })
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var offset = new DateOnly(year, month, day).DayNumber - dct.DayNumber;
            // Past tense still allows the coming month: "the offer was extended to Nov. 16" in a story of 30 October.
            var wrongSide = (direction == Tense.Direction.Past && offset > 31) || (direction == Tense.Direction.Future && offset < -31);

            // Without a tense, news still looks back more often than ahead.
            var aheadUnsaid = direction == Tense.Direction.Unknown && offset > 60;
            var distance = Math.Abs(offset) + (wrongSide || aheadUnsaid ? 400 : 0);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (year, distance);
            }
        }

        return best;
    }

    public static TemporalExpression MonthDay(Match m, DateContext ctx)
    {
        var month = DateLexicon.Month(m.Groups["m"].Value);
        var day = DateExpressionParser.Int(m.Groups["d"]);
        if (ctx.DocumentDate is not { } d)
        {
            return Timex.Plain(m, FormattableString.Invariant($"XXXX-{month:D2}-{day:D2}"));
        }

        var year = NearestYear(d, month, day, Tense.Around(ctx.Text, m.Index));
        return Timex.Make(m, PartialDate.Day(year, month, day), DateDerivation.DocumentDate);
    }

    public static TemporalExpression MonthAlone(Match m, DateOnly? dct, string? relation)
    {
        var month = DateLexicon.Month(m.Groups["m"].Value);
        if (dct is not { } d)
        {
            return Timex.Plain(m, FormattableString.Invariant($"XXXX-{month:D2}"));
        }

        var year = relation switch
        {
            "last" or "past" or "previous" => month >= d.Month ? d.Year - 1 : d.Year,
            "next" or "coming" => month <= d.Month ? d.Year + 1 : d.Year,
            "next-or-this" => month < d.Month ? d.Year + 1 : d.Year,
            "nearest" => NearestYear(d, month, 1, Tense.Direction.Unknown),
            "nearest-past" => NearestYear(d, month, 1, Tense.Direction.Past),
            _ => d.Year,
        };
        return Timex.Make(m, PartialDate.Month(year, month), DateDerivation.DocumentDate);
    }

    public static TemporalExpression? MonthOfRelativeYear(Match m, DateOnly? dct) => dct is { } y
        ? Timex.Make(m, PartialDate.Month(y.Year + (m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 }), DateLexicon.Month(m.Groups["m"].Value)), DateDerivation.DocumentDate)
        : null;

    public static TemporalExpression? Century(Match m)
    {
        var o = m.Groups["o"].Value.ToLowerInvariant();
        var n = char.IsDigit(o[0]) ? int.Parse(new string([.. o.TakeWhile(char.IsDigit)]), CultureInfo.InvariantCulture) : Array.IndexOf(DateLexicon.OrdinalWords, o) + 1;
        return n is >= 1 and <= 30 ? Timex.Make(m, PartialDate.Century((n - 1) * 100), DateDerivation.Explicit) : null;
    }

    /// <summary>"25" in "April 24 and 25": the same month and year as the first day.</summary>
    public static TemporalExpression? SecondDay(Match m, DateContext ctx)
    {
        var day = m.Groups["d"];
        var month = DateLexicon.Month(m.Groups["m"].Value);
        var yearAfter = DateRules.Year().Match(ctx.Text, m.Index + m.Length);
        int? year = yearAfter.Success && yearAfter.Index - (m.Index + m.Length) <= 3 ? DateExpressionParser.Int(yearAfter.Groups["y"])
            : ctx.DocumentDate is { } d ? NearestYear(d, month, DateExpressionParser.Int(day), Tense.Around(ctx.Text, m.Index)) : null;
        return year is { } y ? Timex.Make(day, PartialDate.Day(y, month, DateExpressionParser.Int(day)), DateDerivation.DocumentDate) : null;
    }

    /// <summary>"the week of March 6": the ISO week holding that day.</summary>
    public static TemporalExpression? WeekOf(Match m, DateContext ctx)
    {
        var month = DateLexicon.Month(m.Groups["m"].Value);
        var dayOfMonth = DateExpressionParser.Int(m.Groups["d"]);
        int? year = m.Groups["y"].Success ? DateExpressionParser.Int(m.Groups["y"]) : ctx.DocumentDate is { } d ? NearestYear(d, month, dayOfMonth, Tense.Around(ctx.Text, m.Index)) : null;
        return year is { } y
            ? Timex.Make(m, Timex.WeekOf(new DateOnly(y, month, dayOfMonth)), m.Groups["y"].Success ? DateDerivation.Explicit : DateDerivation.DocumentDate)
            : null;
    }

    private static int Month(Match m) => m.Groups["m"].Value.All(char.IsDigit) ? DateExpressionParser.Int(m.Groups["m"]) : DateLexicon.Month(m.Groups["m"].Value);
}
