using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Holidays named without a year ("Thanksgiving", "last Christmas"): the nearest one on the side the tense points to.</summary>
internal static class HolidayDates
{
    public static TemporalExpression? Resolve(Match m, DateContext ctx)
    {
        if (ctx.DocumentDate is not { } d)
        {
            return null;
        }

        var name = m.Groups["h"].Value.ToLowerInvariant();
        var direction = m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => Tense.Direction.Past, "next" or "this" => Tense.Direction.Future, _ => Tense.Around(ctx.Text, m.Index) };
        DateOnly? best = null;
        foreach (var year in new[] { d.Year - 1, d.Year, d.Year + 1 })
        {
            var day = Holidays.Date(name, year);
            var offset = day.DayNumber - d.DayNumber;
            if ((direction == Tense.Direction.Past && offset > 0) || (direction == Tense.Direction.Future && offset < 0))
            {
                continue;
            }

            if (best is null || Math.Abs(offset) < Math.Abs(best.Value.DayNumber - d.DayNumber))
            {
                best = day;
            }
        }

        if (best is not { } b)
        {
            return null;
        }

        // "Easter week" is the week, the rest are days.
        return m.Value.EndsWith("week", StringComparison.OrdinalIgnoreCase)
            ? Timex.Make(m, Timex.WeekOf(b), DateDerivation.DocumentDate)
            : Timex.Make(m, new PartialDate(b, DatePrecision.Day), DateDerivation.DocumentDate);
    }
}
