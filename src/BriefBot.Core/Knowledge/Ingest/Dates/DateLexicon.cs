using System.Globalization;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>English month, weekday, season and number words the date rules read.</summary>
internal static class DateLexicon
{
    public const string MonthPattern = @"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    public const string WeekdayPattern = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    public const string NumberWordPattern = @"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few|few)";

    public static int Month(string text)
    {
        var key = text.Trim().TrimEnd('.').ToLowerInvariant();
        return key.Length < 3 ? 0 : key[..3] switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => 0,
        };
    }

    public static DayOfWeek Weekday(string text) => Enum.Parse<DayOfWeek>(text, ignoreCase: true);

    public static int? Number(string text) => text.Trim().ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fifteen" => 15, "twenty" => 20,
        "thirty" => 30, "several" or "a few" or "few" => null,
        var n when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) => v,
        _ => null,
    };

    public static string Season(string text) => text.ToLowerInvariant() switch
    {
        "spring" => "SP", "summer" => "SU", "fall" or "autumn" => "FA", _ => "WI",
    };

    public static readonly string[] OrdinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"];
}
