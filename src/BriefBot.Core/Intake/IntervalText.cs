using System.Globalization;

namespace BriefBot.Core.Intake;

/// <summary>Reads poll intervals written as 30m, 2h, 1d (or 90s); at least a minute, at most a week.</summary>
public static class IntervalText
{
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    public static bool TryParse(string? text, out TimeSpan interval, out string error)
    {
        interval = default;
        error = "";
        var trimmed = (text ?? "").Trim().ToLowerInvariant();
        if (trimmed.Length < 2 || !int.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            error = $"“{text}” is not an interval: write 30m, 2h or 1d.";
            return false;
        }

        interval = trimmed[^1] switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => TimeSpan.Zero,
        };
        if (interval == TimeSpan.Zero)
        {
            error = $"“{text}” is not an interval: write 30m, 2h or 1d.";
            return false;
        }

        if (interval < Shortest || interval > Longest)
        {
            error = $"“{text}” is out of range: feeds are polled between every minute and every 7 days.";
            return false;
        }

        return true;
    }

    public static string Format(TimeSpan interval) => interval.TotalDays >= 1 && interval.TotalDays % 1 == 0
        ? FormattableString.Invariant($"{interval.TotalDays}d")
        : interval.TotalHours >= 1 && interval.TotalHours % 1 == 0
            ? FormattableString.Invariant($"{interval.TotalHours}h")
            : FormattableString.Invariant($"{(int)interval.TotalMinutes}m");
}
