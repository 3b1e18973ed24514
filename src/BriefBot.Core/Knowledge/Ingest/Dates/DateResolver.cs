using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;
using Kind = BriefBot.Core.Knowledge.Ingest.Dates.DateExpressionParser.Kind;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Turns one matched pattern into a TimeML value and, where it is a calendar span, a <see cref="PartialDate"/>; each kind of expression has its own reader.</summary>
internal static class DateResolver
{
    public static TemporalExpression? Resolve(Match m, Kind kind, DateContext ctx)
    {
        var dct = ctx.DocumentDate;
        try
        {
            return kind switch
            {
                Kind.MonthDayYear or Kind.DayMonthYear or Kind.Iso => CalendarDates.Explicit(m),
                Kind.MonthYear => Timex.Make(m, PartialDate.Month(DateExpressionParser.Int(m.Groups["y"]), DateLexicon.Month(m.Groups["m"].Value)), DateDerivation.Explicit),
                Kind.MonthDay => CalendarDates.MonthDay(m, ctx),
                Kind.MonthAlone => CalendarDates.MonthAlone(m, dct, Tense.Around(ctx.Text, m.Index) switch { Tense.Direction.Future => "next-or-this", Tense.Direction.Past => "nearest-past", _ => "nearest" }),
                Kind.RelativeMonthName => CalendarDates.MonthAlone(m, dct, m.Groups["rel"].Value.ToLowerInvariant()),
                Kind.MonthOfRelativeYear => CalendarDates.MonthOfRelativeYear(m, dct),
                Kind.Century => CalendarDates.Century(m),
                Kind.Decade => Timex.Make(m, PartialDate.Decade(DateExpressionParser.Int(m.Groups["y"])), DateDerivation.Explicit),
                Kind.ShortDecade => Timex.Make(m, PartialDate.Decade(1900 + DateExpressionParser.Int(m.Groups["yy"])), DateDerivation.Explicit),
                Kind.SpelledDecade => Timex.Make(m, PartialDate.Decade(1900 + (10 * (Array.IndexOf(DecadeWords, m.Groups["w"].Value.ToLowerInvariant()) + 2))), DateDerivation.Explicit),
                Kind.Year => Timex.Make(m, PartialDate.Year(DateExpressionParser.Int(m.Groups["y"])), DateDerivation.Explicit),
                Kind.SpelledYear => SpelledYears.Year(m),
                Kind.MonthSpelledYear => SpelledYears.MonthYear(m),
                Kind.SecondDay => CalendarDates.SecondDay(m, ctx),
                Kind.WeekOf => CalendarDates.WeekOf(m, ctx),
                Kind.Offset => AnchoredDates.Offset(m, ctx),
                Kind.AnchoredUnit => AnchoredDates.AnchoredUnit(m, ctx),
                Kind.ShortlyAfter => AnchoredDates.ShortlyAfter(m, ctx),
                Kind.RelativeUnit => RelativeDates.RelativeUnit(m, dct),
                Kind.Weekend => RelativeDates.Weekend(m, dct),
                Kind.DayWord => RelativeDates.DayWord(m, ctx),
                Kind.EndOf => RelativeDates.EndOf(m, dct),
                Kind.Weekday => Weekdays.Resolve(m, ctx),
                Kind.WeekdayDate => Weekdays.Dated(m, ctx),
                Kind.Holiday => HolidayDates.Resolve(m, ctx),
                Kind.Season => Seasons.Named(m, ctx),
                Kind.PresentRef => VagueReferences.PresentRef(m, ctx),
                Kind.PastRef => Timex.Plain(m, VagueReferences.Past),
                Kind.FutureRef => Timex.Plain(m, VagueReferences.Future),
                Kind.Soon => VagueReferences.Soon(m, ctx),
                Kind.OrdinalQuarter => ReportingPeriods.OrdinalQuarter(m, ctx),
                Kind.AnaphoricQuarter => ReportingPeriods.Anaphoric(m, ctx),
                Kind.Half => ReportingPeriods.Half(m, ctx),
                Kind.YearAgo => ReportingPeriods.YearAgo(m, ctx),
                Kind.FiscalYear => ReportingPeriods.FiscalYear(m, ctx),
                Kind.TheYear => ReportingPeriods.TheYear(m, ctx),
                Kind.ClockOnDay => ClockTimes.OnDay(m, ctx),
                Kind.DayBeforeDay => AnchoredDates.DayBefore(m, ctx),
                Kind.TheWeek => dct is { } w ? Timex.Plain(m.Groups["u"].Index, m.Groups["u"].Value, FormattableString.Invariant($"{w.Year}-WXX")) : null,
                Kind.YearEnd => ReportingPeriods.YearEnd(m, ctx),
                Kind.Frequency => Frequency(m),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            // "February 30" and the like: not a date.
            return null;
        }
    }

    private static readonly string[] DecadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    private static TemporalExpression Frequency(Match m) => Timex.Plain(m, m.Value.ToLowerInvariant() switch
    {
        "daily" or "every day" => "P1D",
        "weekly" or "every week" => "P1W",
        "monthly" or "every month" => "P1M",
        _ => "P1Y",
    }) with { Type = "SET" };
}
