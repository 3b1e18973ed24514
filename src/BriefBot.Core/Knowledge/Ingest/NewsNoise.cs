using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// What newswire text carries that looks like a name and is not an actor: stock tickers ("VOWG.F"), currency codes
/// ("DLR", "USD"), the "Reuter" sign-off, bylines ("By Jane Doe"), and datelines ("NICOSIA, Oct 19 -"), which are places.
/// </summary>
internal static partial class NewsNoise
{
    private static readonly HashSet<string> Months = new(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
         "march", "april", "june", "july", "august", "september", "october", "november", "december"],
        StringComparer.Ordinal);

    /// <summary>Newswire money codes that are not ISO 4217 ("DLR", "DLRS", "STG", "YEN").</summary>
    private static readonly HashSet<string> WireCurrencies = new(["DLR", "DLRS", "STG", "YEN", "LIRE", "MLN", "BILLION", "PCT", "CTS"], StringComparer.Ordinal);

    /// <summary>A wire ticker ("VOWG.F"), also where a sentence's full stop follows it ("PGLO.AS.").</summary>
    public static bool IsTicker(string text) => Ticker().IsMatch(text) || TickerBeforeStop().IsMatch(text);

    /// <summary>Only an exchange suffix makes a dotted word a ticker: "U.S." and "E.F." are initials.</summary>
    [GeneratedRegex(@"^[A-Z]{2,6}\.[A-Z]{1,2}\.$")]
    private static partial Regex TickerBeforeStop();

    public static bool IsCurrency(string text, IReadOnlySet<string> currencies) => currencies.Contains(text) || WireCurrencies.Contains(text);

    public static bool IsSignOff(string text) => text is "Reuter" or "Reuters" or "REUTER" or "REUTERS";

    /// <summary>Whether the name at token <paramref name="i"/> opens a byline: "By Jane Doe" at the start of a line.</summary>
    public static bool IsByline(IReadOnlyList<Token> tokens, int i) => i == 1 && tokens[0].Text is "By" or "BY";

    /// <summary>Whether token <paramref name="i"/> is the place of a dateline: "NICOSIA, Oct 19 -", "ANCHORAGE, Alaska, Feb 26 -", "LONDON 1996-08-30".</summary>
    public static bool IsDateline(IReadOnlyList<Token> tokens, int i)
    {
        if (i > 2 || tokens.Count < i + 2 || !tokens[i].IsWord)
        {
            return false;
        }

        for (var k = i + 1; k < tokens.Count && k < i + 6; k++)
        {
            var t = tokens[k];
            if (t.IsWord && (Months.Contains(t.Folded.TrimEnd('.')) || (t.Text.Length >= 8 && char.IsDigit(t.Text[0]) && t.Text.Contains('-', StringComparison.Ordinal))))
            {
                return true;
            }

            if (t.Text != "," && !t.IsCapitalised)
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^[A-Z0-9]{1,6}\.[A-Z]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ticker();
}
