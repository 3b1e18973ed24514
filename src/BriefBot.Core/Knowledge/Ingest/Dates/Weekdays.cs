using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Weekdays: "Friday", "last Tuesday", "the previous Friday", "Thursday, Jan. 6", placed against the document's date.</summary>
internal static class Weekdays
{
    /// <summary>"Thursday, Jan. 6": one expression; the date that follows names the day.</summary>
    public static TemporalExpression? Dated(Match m, DateContext ctx)
    {
        var month = DateLexicon.Month(m.Groups["m"].Value);
        var dayOfMonth = DateExpressionParser.Int(m.Groups["d"]);
        if (m.Groups["y"].Success)
        {
            return Timex.Make(m, PartialDate.Day(DateExpressionParser.Int(m.Groups["y"]), month, dayOfMonth), DateDerivation.Explicit);
        }

        return ctx.DocumentDate is { } d
            ? Timex.Make(m, PartialDate.Day(CalendarDates.NearestYear(d, month, dayOfMonth, Tense.Around(ctx.Text, m.Index)), month, dayOfMonth), DateDerivation.DocumentDate)
            : null;
    }

    public static TemporalExpression? Resolve(Match m, DateContext ctx)
    {
        if (ctx.DocumentDate is not { } d)
        {
            return null;
        }

        var text = ctx.Text;
        var w = m.Groups["w"];
        var target = DateLexicon.Weekday(w.Value);
        var rel = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : "";

        // "Wednesday's ruling" has happened.
        var possessive = m.Value.EndsWith("'s", StringComparison.Ordinal);
        var future = rel is "next" or "coming" || (rel != "last" && !possessive && Tense.Around(text, w.Index) == Tense.Direction.Future);

        // A weekday a day away is that neighbouring day ("until Thursday" in a Friday story is yesterday) unless a listed
        // past verb says otherwise: "was told Wednesday" in a Tuesday story is six days back. Further away, the tense
        // decides, and news looks back by default.
        var ahead = ((int)target - (int)d.DayOfWeek + 7) % 7;
        var back = ahead == 0 ? 0 : 7 - ahead;
        // "the previous Friday" is the one before the day the story is telling, else before the document's.
        var told = ctx.Anchor?.Date is { Precision: DatePrecision.Day } a ? a.Start : d;
        var beforeTold = ((int)told.DayOfWeek - (int)target + 7) % 7;
        var date = rel switch
        {
            "previous" => told.AddDays(-(beforeTold == 0 ? 7 : beforeTold)),
            "next" or "coming" => d.AddDays(ahead == 0 ? 7 : ahead),
            "last" or "past" => d.AddDays(-(back == 0 ? 7 : back)),
            _ when ahead == 0 => d,
            _ when ahead == 1 && !possessive && !Tense.SurelyPast(text, w.Index) => d.AddDays(1),
            _ when back == 1 => d.AddDays(-1),
            _ => future ? d.AddDays(ahead) : d.AddDays(-back),
        };
        var start = m.Groups["rel"].Success ? m.Groups["rel"].Index : w.Index;
        return Timex.Make(start, text[start..(m.Index + m.Length)], new PartialDate(date, DatePrecision.Day), DateDerivation.DocumentDate);
    }
}
