using System.Globalization;
using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Commands.Timeline;

/// <summary>
/// Reads the periods /timeline accepts: 2026, 2026-03, 2026-03-05, 2026-W10, 2026-Q1, March 2026,
/// 5 March 2026, 1990s (or 199), 19th century (or nineteenth century), and ranges "2020..2023".
/// </summary>
public static partial class PeriodParser
{
    public static readonly string[] Examples = ["2026", "2026-03", "2026-03-05", "2026-W10", "1990s", "19th century", "2020..2023"];

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

    [GeneratedRegex(@"\s*(?:\.\.|–|—|\bto\b)\s*", RegexOptions.CultureInvariant, 100)]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"^(?<d>\d{3}0)'?s$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex Decade();

    [GeneratedRegex(@"^(?:(?<n>\d{1,2})(?:st|nd|rd|th)|(?<w>[a-z-]+))[ -]century$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Century();

    // "5 March 2026" or "March 5, 2026": a one- or two-digit number besides the year.
    [GeneratedRegex(@"(?:^|\s)\d{1,2}(?:,|\s|$)", RegexOptions.CultureInvariant, 100)]
    private static partial Regex DayWritten();
}
