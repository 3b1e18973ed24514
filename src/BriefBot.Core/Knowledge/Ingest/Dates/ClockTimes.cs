using System.Globalization;
using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Clock times on a named day: "9 a.m. Tuesday" is a TIMEX3 TIME, 2000-04-04T09:00.</summary>
internal static class ClockTimes
{
    /// <summary>The day the clock time is on, with the hour in the value; the date stays the day's, never finer.</summary>
    public static TemporalExpression? OnDay(Match m, DateContext ctx)
    {
        if (NamedDay(m.Groups["day"], ctx) is not { Date: { } day } || day.Precision != DatePrecision.Day)
        {
            return null;
        }

        var (hour, minute) = m.Groups["noon"].Success
            ? (m.Groups["noon"].Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? 12 : 24, 0)
            : (Hour(m), m.Groups["min"].Success ? DateExpressionParser.Int(m.Groups["min"]) : 0);
        var value = string.Create(CultureInfo.InvariantCulture, $"{day.ToTimex()}T{hour:D2}:{minute:D2}");
        return Timex.Make(m, day, DateDerivation.DocumentDate) with { Value = value, Type = "TIME" };
    }

    /// <summary>"Tuesday", "last Tuesday", "tomorrow" starting at <paramref name="day"/>, valued as on its own.</summary>
    public static TemporalExpression? NamedDay(Group day, DateContext ctx)
    {
        var weekday = DateRules.Weekday().Match(ctx.Text, day.Index);
        if (weekday.Success && weekday.Index == day.Index)
        {
            return Weekdays.Resolve(weekday, ctx);
        }

        var word = DateRules.DayWord().Match(ctx.Text, day.Index);
        return word.Success && word.Index == day.Index ? RelativeDates.DayWord(word, ctx) : null;
    }

    private static int Hour(Match m)
    {
        var h = DateExpressionParser.Int(m.Groups["h"]) % 12;
        return m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P') ? h + 12 : h;
    }
}
