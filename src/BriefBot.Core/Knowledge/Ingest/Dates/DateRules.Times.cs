using System.Text.RegularExpressions;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Clock times on a named day and a day counted from a named one; <see cref="ClockTimes"/> and <see cref="AnchoredDates"/> read them.</summary>
internal static partial class DateRules
{
    private const string Day = @"(?:(?:last|next|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|tomorrow|yesterday|tonight";

    /// <summary>"9 a.m. Tuesday", "4 a.m. EDT Thursday", "10:35 p.m. on Friday", "noon Saturday": a TIMEX3 TIME on that day.</summary>
    [GeneratedRegex(@"\b(?:(?<h>1[0-2]|0?[1-9])(?::(?<min>[0-5]\d))?\s*(?<ap>a\.m\.|p\.m\.|a\.m\b|p\.m\b)|(?<noon>noon|midnight))(?:\s+(?:[ECMP][SD]T|GMT|local\s+time))?,?\s+(?:on\s+)?(?<day>" + Day + @")\b", Options, 10000)]
    public static partial Regex ClockOnDay();

    /// <summary>"the day before last Tuesday's hearing", "the day after tomorrow": a day counted from a named one.</summary>
    [GeneratedRegex(@"\bthe\s+day\s+(?<rel>before|after)\s+(?<day>" + Day + @")\b", Options, 10000)]
    public static partial Regex DayBeforeDay();
}
