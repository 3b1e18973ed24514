using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Dates counted from the document's date: "yesterday", "last week", "this year", "next spring", "the weekend".</summary>
internal static class RelativeDates
{
    public static TemporalExpression? RelativeUnit(Match m, DateOnly? dct)
    {
        // "This Week", capitalised, is a programme's or a paper's name.
        if (dct is not { } d || char.IsUpper(m.Groups["u"].Value[0]))
        {
            return null;
        }

        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var step = rel switch { "last" or "previous" or "past" or "this past" => -1, "next" or "coming" => 1, _ => 0 };
        var unit = m.Groups["u"].Value.ToLowerInvariant();
        return unit switch
        {
            "week" => Timex.Make(m, Timex.WeekOf(d.AddDays(7 * step)), DateDerivation.DocumentDate),
            "month" => Timex.Make(m, PartialDate.Month(d.AddMonths(step).Year, d.AddMonths(step).Month), DateDerivation.DocumentDate),
            "year" => Timex.Make(m, PartialDate.Year(d.Year + step), DateDerivation.DocumentDate),
            "quarter" => Timex.Make(m, PartialDate.Quarter(d.AddMonths(3 * step).Year, ((d.AddMonths(3 * step).Month - 1) / 3) + 1), DateDerivation.DocumentDate),
            "weekend" => Timex.Plain(m, Timex.Weekend(d.AddDays(7 * step))),
            "decade" => Timex.Make(m, PartialDate.Decade(d.Year + (10 * step)), DateDerivation.DocumentDate),
            "century" => Timex.Make(m, PartialDate.Century(d.Year + (100 * step)), DateDerivation.DocumentDate),
            _ => Seasons.Relative(m, d, step),
        };
    }

    public static TemporalExpression? DayWord(Match m, DateContext ctx)
    {
        if (ctx.DocumentDate is not { } d || IsGenericDay(m, ctx.Text) || IsTitle(m, ctx.Text))
        {
            return null;
        }

        var offset = m.Groups["w"].Value.ToLowerInvariant() switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
        return Timex.Make(m, new PartialDate(d.AddDays(offset), DatePrecision.Day), DateDerivation.DocumentDate);
    }

    /// <summary>
    /// "today's world", "many of today's computers", "the people of tomorrow": the present or future age in general,
    /// which the annotation leaves untagged, not a day.
    /// </summary>
    private static bool IsGenericDay(Match m, string text)
    {
        var before = text[Math.Max(0, m.Index - 20)..m.Index];
        var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 40)];
        var possessive = after.StartsWith("'s", StringComparison.Ordinal);
        return DateRules.QuantifierOf().IsMatch(before) || (possessive ? DateRules.GenericDayAfter().IsMatch(after) : DateRules.NounOf().IsMatch(before));
    }

    /// <summary>"USA Today", "This is VOA Today": capitalised inside a sentence, the word is a paper's or a programme's name.</summary>
    private static bool IsTitle(Match m, string text)
    {
        if (!char.IsUpper(m.Value[0]))
        {
            return false;
        }

        var before = text[..m.Index].TrimEnd(' ', '\t');
        return before.Length > 0 && char.IsLetter(before[^1]) && char.IsUpper(before[before.LastIndexOf(' ') + 1]);
    }

    public static TemporalExpression? Weekend(Match m, DateOnly? dct) => dct is { } d
        ? Timex.Plain(m, Timex.Weekend(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? d : d.AddDays(-7)))
        : null;

    /// <summary>"the end of the month", "by the end of this year": the unit holding the document's date.</summary>
    public static TemporalExpression? EndOf(Match m, DateOnly? dct) => dct is not { } d ? null : m.Groups["u"].Value.ToLowerInvariant() switch
    {
        "month" => Timex.Make(m, PartialDate.Month(d.Year, d.Month), DateDerivation.DocumentDate),
        "week" => Timex.Make(m, Timex.WeekOf(d), DateDerivation.DocumentDate),
        _ => Timex.Make(m, PartialDate.Year(d.Year), DateDerivation.DocumentDate),
    };
}
