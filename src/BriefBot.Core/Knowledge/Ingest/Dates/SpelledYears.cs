using System.Globalization;
using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Years written in words, as broadcast transcripts do: "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven".</summary>
internal static class SpelledYears
{
    private static readonly string[] Units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] Teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static TemporalExpression? Year(Match m) =>
        TryYear(m.Groups["y"].Value, out var year) ? Timex.Make(m, PartialDate.Year(year), DateDerivation.Explicit) : null;

    public static TemporalExpression? MonthYear(Match m) =>
        TryYear(m.Groups["y"].Value, out var year) ? Timex.Make(m, PartialDate.Month(year, DateLexicon.Month(m.Groups["m"].Value)), DateDerivation.Explicit) : null;

    /// <summary>Reads "1994", "nineteen ninety-four", "two thousand", "two thousand and one".</summary>
    public static bool TryYear(string text, out int year)
    {
        var words = text.ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "and").ToList();
        year = 0;
        if (words.Count == 1 && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
        {
            year = digits;
            return true;
        }

        if (words.Count >= 2 && words[0] == "two" && words[1] == "thousand")
        {
            year = 2000 + (words.Count > 2 ? Number(words.Skip(2).ToList()) ?? -2000 : 0);
            return year >= 2000;
        }

        var century = Array.IndexOf(Teens, words.FirstOrDefault());
        if (century < 0 || words.Count < 2)
        {
            return false;
        }

        var rest = words.Skip(1).ToList();
        if (rest[0] == "hundred")
        {
            rest = rest.Skip(1).ToList();
        }
        else if (rest[0] == "oh")
        {
            rest = rest.Skip(1).ToList();
        }

        var n = rest.Count == 0 ? 0 : Number(rest);
        year = n is { } v ? ((century + 10) * 100) + v : 0;
        return n is not null;
    }

    private static int? Number(List<string> words)
    {
        if (words.Count == 1 && Array.IndexOf(Teens, words[0]) is var t and >= 0)
        {
            return 10 + t;
        }

        if (words.Count == 1 && Array.IndexOf(Units, words[0]) is var u and > 0)
        {
            return u;
        }

        var tens = Array.IndexOf(Tens, words[0]);
        if (tens < 2)
        {
            return null;
        }

        return words.Count == 1 ? tens * 10 : words.Count == 2 && Array.IndexOf(Units, words[1]) is var unit and > 0 ? (tens * 10) + unit : null;
    }
}
