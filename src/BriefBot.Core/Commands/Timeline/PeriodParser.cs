using System.Globalization;
using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Commands.Timeline;

/// <summary>
/// Reads the periods /timeline accepts: 2026, 2026-03, 2026-03-05, 2026-W10, 2026-Q1 (or Q1 2026, first quarter of 2026),
/// 2026-H1 (or H1 2026, first half of 2026), March 2026, 5 March 2026, 1990s (or 199), 19th century (or nineteenth
/// century), and ranges "2020..2023".
/// </summary>
public static partial class PeriodParser
{
    /// <summary>
    /// Every period form read here, with examples: the one list the unreadable-period reply shows and the README's
    /// period table follows (a test holds the two together).
    /// </summary>
    public static readonly IReadOnlyList<PeriodForm> Forms =
    [
        new("year", ["2026"]),
        new("month", ["2026-03", "March 2026"]),
        new("day", ["2026-03-05", "5 March 2026"]),
        new("ISO week", ["2026-W10"]),
        new("quarter", ["2026-Q1", "Q1 2026", "first quarter of 2026"]),
        new("half-year", ["2026-H1", "H1 2026", "first half of 2026"]),
        new("fiscal year", ["fiscal 2026"]),
        new("decade", ["1990s", "the 1850s"]),
        new("century", ["19th century", "nineteenth century"]),
        new("range", ["2020..2023", "2026-01 to 2026-03"]),
    ];

    /// <summary>One example of each form.</summary>
    public static readonly string[] Examples = [.. Forms.Select(f => f.Examples[0])];

    /// <summary>"year, month, …, century or range", for replies.</summary>
    public static string FormNames => string.Join(", ", Forms.SkipLast(1).Select(f => f.Name)) + " or " + Forms[^1].Name;

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second"];

    public static bool TryParse(string text, out Period period)
    {
        period = default!;
        var t = (text ?? "").Trim();
        if (t.Length is 0 or > 40)
        {
            return false;
        }

        var range = RangeSeparator().Split(t);
        if (range.Length == 2)
        {
            if (!TryParseSingle(range[0], out var from) || !TryParseSingle(range[1], out var to) || to.End < from.Start)
            {
                return false;
            }

            period = new Period(from.Start, to.End, (DatePrecision)Math.Min((int)from.Precision, (int)to.Precision), $"{from.Label} to {to.Label}");
            return true;
        }

        return TryParseSingle(t, out period);
    }

    private static bool TryParseSingle(string text, out Period period)
    {
        period = default!;
        var t = text.Trim().ToLowerInvariant();
        if (t.StartsWith("the ", StringComparison.Ordinal))
        {
            t = t[4..];
        }

        if (PartialDate.TryParseTimex(t.ToUpperInvariant(), out var timex) && timex.Precision != DatePrecision.Century)
        {
            period = Period.Of(timex);
            return true;
        }

        if (TryParseReportingPeriod(t, out var reporting))
        {
            period = Period.Of(reporting);
            return true;
        }

        var decade = Decade().Match(t);
        if (decade.Success)
        {
            period = Period.Of(PartialDate.Decade(int.Parse(decade.Groups["d"].Value, CultureInfo.InvariantCulture)));
            return true;
        }

        var century = Century().Match(t);
        if (century.Success)
        {
            var n = century.Groups["n"].Success ? int.Parse(century.Groups["n"].Value, CultureInfo.InvariantCulture) : Array.IndexOf(Ordinals, century.Groups["w"].Value) + 1;
            if (n is >= 1 and <= 99)
            {
                period = Period.Of(PartialDate.Century((n - 1) * 100));
                return true;
            }

            return false;
        }

        var formats = new[] { "MMMM yyyy", "MMM yyyy", "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d, yyyy" };
        if (DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var written))
        {
            var precision = text.Any(char.IsDigit) && DayWritten().IsMatch(text) ? DatePrecision.Day : DatePrecision.Month;
            var date = precision == DatePrecision.Day ? PartialDate.Day(written.Year, written.Month, written.Day) : PartialDate.Month(written.Year, written.Month);
            period = Period.Of(date);
            return true;
        }

        return false;
    }

    /// <summary>"Q3 1989", "1989 Q3", "third quarter of 1989", "H1 1989", "first half of 1989", "fiscal 1990".</summary>
    private static bool TryParseReportingPeriod(string t, out PartialDate date)
    {
        date = default;
        var m = ReportingPeriod().Match(t);
        if (!m.Success || !int.TryParse(m.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        if (m.Groups["fiscal"].Success)
        {
            date = PartialDate.Year(year) with { IsFiscal = true };
            return true;
        }

        if (m.Groups["q"].Success || m.Groups["qw"].Success)
        {
            var q = m.Groups["q"].Success ? m.Groups["q"].Value[0] - '0' : Array.IndexOf(QuarterWords, m.Groups["qw"].Value) % 4 + 1;
            date = PartialDate.Quarter(year, q);
            return true;
        }

        var h = m.Groups["h"].Success ? m.Groups["h"].Value[0] - '0' : m.Groups["hw"].Value == "first" ? 1 : 2;
        date = PartialDate.Half(year, h);
        return true;
    }

    private static readonly string[] QuarterWords = ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"];

    [GeneratedRegex(@"^(?:q(?<q>[1-4])\s*(?<y>\d{4})|(?<y>\d{4})\s*q(?<q>[1-4])|(?<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?<y>\d{4})|h(?<h>[12])\s*(?<y>\d{4})|(?<y>\d{4})\s*h(?<h>[12])|(?<hw>first|second)\s+half\s+(?:of\s+)?(?<y>\d{4})|(?<fiscal>fiscal)\s+(?:year\s+)?(?<y>\d{4}))$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 10000)]
    private static partial Regex ReportingPeriod();

    [GeneratedRegex(@"\s*(?:\.\.|–|—|\bto\b)\s*", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"^(?<d>\d{3}0)'?s$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 10000)]
    private static partial Regex Decade();

    [GeneratedRegex(@"^(?:(?<n>\d{1,2})(?:st|nd|rd|th)|(?<w>[a-z-]+))[ -]century$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Century();

    // "5 March 2026" or "March 5, 2026": a one- or two-digit number besides the year.
    [GeneratedRegex(@"(?:^|\s)\d{1,2}(?:,|\s|$)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex DayWritten();
}
