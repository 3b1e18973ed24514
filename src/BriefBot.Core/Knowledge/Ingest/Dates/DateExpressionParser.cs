using System.Globalization;
using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>
/// Finds dates in text with their precision: "March 4, 2026", "March 5" (year from the document), "2020",
/// "the 1990s", and "the following day" anchored on the last full date told before it.
/// </summary>
public static partial class DateExpressionParser
{
    public static IReadOnlyList<TemporalExpression> Parse(string text, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TemporalExpression>();
        foreach (Match m in MonthDay().Matches(text))
        {
            var month = DateTime.ParseExact(m.Groups["m"].Value, "MMMM", CultureInfo.InvariantCulture).Month;
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : documentDate?.Year;
            PartialDate? date = year is { } y && day <= DateTime.DaysInMonth(y, month) ? PartialDate.Day(y, month, day) : null;
            found.Add(Expression(m, date, date?.ToTimex() ?? FormattableString.Invariant($"XXXX-{month:D2}-{day:D2}"), m.Groups["y"].Success ? DateDerivation.Explicit : DateDerivation.DocumentDate));
        }

        foreach (Match m in Decade().Matches(text))
        {
            var date = PartialDate.Decade(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
            found.Add(Expression(m, date, date.ToTimex(), DateDerivation.Explicit));
        }

        foreach (Match m in Year().Matches(text))
        {
            if (!found.Any(f => f.Start <= m.Index && m.Index < f.End))
            {
                var date = PartialDate.Year(int.Parse(m.Value, CultureInfo.InvariantCulture));
                found.Add(Expression(m, date, date.ToTimex(), DateDerivation.Explicit));
            }
        }

        foreach (Match m in FollowingDay().Matches(text))
        {
            var anchor = found.Where(f => f.End <= m.Index && f.Date is { Precision: DatePrecision.Day }).MaxBy(f => f.End);
            var date = anchor?.Date is { } a ? new PartialDate(a.Start.AddDays(m.Groups["before"].Success ? -1 : 1), DatePrecision.Day) : (PartialDate?)null;
            found.Add(Expression(m, date, date?.ToTimex() ?? "XXXX-XX-XX", DateDerivation.Anchor));
        }

        return [.. found.OrderBy(f => f.Start)];
    }

    private static TemporalExpression Expression(Match m, PartialDate? date, string value, DateDerivation derivation) => new()
    {
        Start = m.Index,
        End = m.Index + m.Length,
        Text = m.Value,
        Value = value,
        Date = date,
        Derivation = derivation,
    };

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December) (?<d>\d{1,2})(?:, (?<y>\d{4}))?\b", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<y>1[0-9]{2}0|20[0-9]0)s\b", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Decade();

    [GeneratedRegex(@"(?<![\d$£€.,])\b(?:1[5-9][0-9]{2}|20[0-9]{2})\b(?![\d%.,]\d|s\b| percent)", RegexOptions.None, 1000)]
    private static partial Regex Year();

    [GeneratedRegex(@"\bthe (?:following|next) day\b|\bthe day (?<before>before)\b", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex FollowingDay();
}
