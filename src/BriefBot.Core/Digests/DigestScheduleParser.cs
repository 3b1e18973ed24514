using System.Globalization;
using System.Text.RegularExpressions;
using Quartz;

namespace BriefBot.Core.Digests;

/// <summary>
/// Reads "monday 09:00 Europe/Berlin", "daily 08:30 UTC", "cron 0 0 9 ? * MON-FRI America/New_York";
/// weekly on Monday at 09:00 UTC when nothing is given. Windows zone names are mapped to IANA ones.
/// </summary>
public static partial class DigestScheduleParser
{
    public const string Example = "monday 09:00 Europe/Berlin";

    public static bool TryParse(string? text, out DigestSchedule schedule, out string error)
    {
        schedule = default!;
        error = "";
        var t = (text ?? "").Trim();
        var zone = TimeZoneInfo.Utc;

        // The zone is the last word when it names one ("Europe/Berlin", "UTC", "W. Europe Standard Time" needs quotes-free input, so it may have spaces).
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var take = Math.Min(5, words.Count); take >= 1; take--)
        {
            var candidate = string.Join(' ', words.TakeLast(take));
            if (TryZone(candidate, out var found))
            {
                zone = found;
                words.RemoveRange(words.Count - take, take);
                break;
            }
        }

        if (words.Count > 0 && words[^1].Contains('/', StringComparison.Ordinal))
        {
            error = $"I don't know the time zone “{words[^1]}”. Use an IANA name such as Europe/Berlin or America/New_York.";
            return false;
        }

        if (words.Count > 0 && words[0].Equals("cron", StringComparison.OrdinalIgnoreCase))
        {
            var cron = string.Join(' ', words.Skip(1));
            if (!Quartz.CronExpression.TryParse(cron, out _))
            {
                error = $"“{cron}” is not a cron expression I can read. Example: cron 0 0 9 ? * MON-FRI Europe/Berlin.";
                return false;
            }

            var expression = new CronExpression(cron, zone);
            if (expression.GetNextValidTimeAfter(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)) is null)
            {
                error = $"The cron expression “{cron}” never fires. Example: cron 0 0 9 ? * MON-FRI Europe/Berlin.";
                return false;
            }

            schedule = new DigestSchedule { Text = t, TimeZone = zone, Cron = cron };
            return true;
        }

        DayOfWeek? weekday = DayOfWeek.Monday;
        var time = new TimeOnly(9, 0);
        foreach (var word in words)
        {
            if (word.Equals("daily", StringComparison.OrdinalIgnoreCase))
            {
                weekday = null;
            }
            else if (word.Equals("weekly", StringComparison.OrdinalIgnoreCase))
            {
                weekday ??= DayOfWeek.Monday;
            }
            else if (Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out var day) && !int.TryParse(word, CultureInfo.InvariantCulture, out _))
            {
                weekday = day;
            }
            else if (Clock().Match(word) is { Success: true } clock)
            {
                var hour = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
                var minute = int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture);
                if (hour > 23 || minute > 59)
                {
                    error = $"“{word}” is not a time of day. Use 24-hour time, for example {Example}.";
                    return false;
                }

                time = new TimeOnly(hour, minute);
            }
            else
            {
                error = $"I can't read “{word}” in a schedule. Try {Example}, daily 08:30 UTC, or cron 0 0 9 ? * MON-FRI UTC.";
                return false;
            }
        }

        schedule = new DigestSchedule { Text = t, TimeZone = zone, Weekday = weekday, LocalTime = time };
        return true;
    }

    public static bool TryZone(string name, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(name) || name.Any(char.IsDigit) && !name.StartsWith("Etc/", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(name);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            if (TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var iana))
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(iana);
                return true;
            }

            return false;
        }
    }

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})$", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Clock();
}
