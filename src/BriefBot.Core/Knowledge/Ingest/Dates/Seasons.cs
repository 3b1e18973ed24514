using System.Text.RegularExpressions;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>
/// Seasons as TimeML writes them ("1989-SU"). A winter takes the year of its January. "last spring" is the latest
/// spring already over at the document's date, "next spring" the first not yet begun, a bare "the summer" the latest
/// begun (or, when the sentence looks ahead, the first not yet over).
/// </summary>
internal static class Seasons
{
    public static TemporalExpression Relative(Match m, DateOnly dct, int step)
    {
        var season = m.Groups["u"].Value;
        var thisYear = dct.Year;
        var year = step switch
        {
            < 0 => End(season, thisYear) < dct ? thisYear : thisYear - 1,
            > 0 => Start(season, thisYear) > dct ? thisYear : thisYear + 1,
            _ => thisYear,
        };
        return Timex.Plain(m, Value(year, season));
    }

    public static TemporalExpression? Named(Match m, DateContext ctx)
    {
        var season = m.Groups["s"].Value;
        if (m.Groups["y"].Success)
        {
            return SpelledYears.TryYear(m.Groups["y"].Value, out var y) ? Timex.Plain(m, Value(y, season)) : null;
        }

        if (ctx.DocumentDate is not { } d)
        {
            return null;
        }

        var year = Tense.Around(ctx.Text, m.Index) == Tense.Direction.Future
            ? (End(season, d.Year) >= d ? d.Year : d.Year + 1)
            : (Start(season, d.Year) <= d ? d.Year : d.Year - 1);
        return Timex.Plain(m, Value(year, season));
    }

    private static string Value(int year, string season) => FormattableString.Invariant($"{year:D4}-{DateLexicon.Season(season)}");

    private static DateOnly Start(string season, int year) => DateLexicon.Season(season) switch
    {
        "SP" => new DateOnly(year, 3, 1),
        "SU" => new DateOnly(year, 6, 1),
        "FA" => new DateOnly(year, 9, 1),
        _ => new DateOnly(year - 1, 12, 1),
    };

    private static DateOnly End(string season, int year) => Start(season, year).AddMonths(3).AddDays(-1);
}
