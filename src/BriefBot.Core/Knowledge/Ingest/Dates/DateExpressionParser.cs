using System.Globalization;
using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

// Placeholder until the full extractor lands (branch "dates"): explicit "Month D, YYYY", "Month D" and years only.
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
            found.Add(new TemporalExpression
            {
                Start = m.Index,
                End = m.Index + m.Length,
                Text = m.Value,
                Value = year is null ? "XXXX" : PartialDate.Day(year.Value, month, day).ToTimex(),
                Date = year is null ? null : PartialDate.Day(year.Value, month, day),
                Derivation = m.Groups["y"].Success ? DateDerivation.Explicit : DateDerivation.DocumentDate,
            });
        }

        return found;
    }

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December) (?<d>\d{1,2})(?:, (?<y>\d{4}))?\b", RegexOptions.None, 1000)]
    private static partial Regex MonthDay();
}
