using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Builds <see cref="TemporalExpression"/>s from a match: calendar values with their date, or bare TimeML values.</summary>
internal static class Timex
{
    public static TemporalExpression Make(Match m, PartialDate date, DateDerivation derivation) => Make(m.Index, m.Value, date, derivation);

    public static TemporalExpression Make(Group g, PartialDate date, DateDerivation derivation) => Make(g.Index, g.Value, date, derivation);

    public static TemporalExpression Make(int start, string text, PartialDate date, DateDerivation derivation) => new()
    {
        Start = start,
        End = start + text.Length,
        Text = text,
        Value = date.ToTimex(),
        Date = date,
        Derivation = derivation,
    };

    /// <summary>A value with no calendar span to place: PRESENT_REF, FUTURE_REF, a season, a weekend.</summary>
    public static TemporalExpression Plain(Match m, string value) => Plain(m.Index, m.Value, value);

    public static TemporalExpression Plain(int start, string text, string value) => new()
    {
        Start = start,
        End = start + text.Length,
        Text = text,
        Value = value,
    };

    /// <summary>The ISO week holding <paramref name="day"/>.</summary>
    public static PartialDate WeekOf(DateOnly day) => new(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), DatePrecision.Week);

    /// <summary>The weekend value of the ISO week holding <paramref name="day"/> ("2026-W10-WE").</summary>
    public static string Weekend(DateOnly day) => WeekOf(day).ToTimex() + "-WE";
}
