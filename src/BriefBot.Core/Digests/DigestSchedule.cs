using System.Globalization;
using Quartz;

namespace BriefBot.Core.Digests;

/// <summary>
/// When a subscription's digests are due, in its own time zone: weekly ("monday 09:00"), daily ("daily 08:30")
/// or a Quartz cron expression. Local times are kept across daylight-saving changes: a time that does not exist
/// (clocks go forward) moves to the first instant after the gap; a time that happens twice (clocks go back)
/// is due once, at its first occurrence.
/// </summary>
public sealed record DigestSchedule
{
    /// <summary>Past every schedule Quartz can express that fires at all: yearly, and 29 February every four years.</summary>
    private static readonly TimeSpan MaxLookBack = TimeSpan.FromDays(5 * 366);

    public required string Text { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }

    public DayOfWeek? Weekday { get; init; }

    public TimeOnly? LocalTime { get; init; }

    public string? Cron { get; init; }

    /// <summary>The Quartz cron expression of this schedule, for one trigger per subscription.</summary>
    public string QuartzCron => Cron ?? FormattableString.Invariant(
        $"0 {LocalTime!.Value.Minute} {LocalTime.Value.Hour} {(Weekday is null ? "*" : "?")} * {(Weekday is { } d ? d.ToString()[..3].ToUpperInvariant() : "?")}");

    /// <summary>The first due instant strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        if (Cron is not null)
        {
            return CronExpression(Cron, TimeZone).GetNextValidTimeAfter(after);
        }

        var local = TimeZoneInfo.ConvertTime(after, TimeZone);
        for (var day = DateOnly.FromDateTime(local.DateTime).AddDays(-1); day <= DateOnly.FromDateTime(local.DateTime).AddDays(8); day = day.AddDays(1))
        {
            if (Weekday is { } weekday && day.DayOfWeek != weekday)
            {
                continue;
            }

            var due = DueOn(day);
            if (due > after)
            {
                return due;
            }
        }

        return null;
    }

    /// <summary>The latest due instant at or before <paramref name="now"/>, for catch-up after downtime.</summary>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset now)
    {
        if (Cron is not null)
        {
            return LatestCronAtOrBefore(CronExpression(Cron, TimeZone), now);
        }

        var local = TimeZoneInfo.ConvertTime(now, TimeZone);
        for (var day = DateOnly.FromDateTime(local.DateTime).AddDays(1); day >= DateOnly.FromDateTime(local.DateTime).AddDays(-8); day = day.AddDays(-1))
        {
            if (Weekday is { } weekday && day.DayOfWeek != weekday)
            {
                continue;
            }

            var due = DueOn(day);
            if (due <= now)
            {
                return due;
            }
        }

        return null;
    }

    /// <summary>A stable name for the due instant, in local time, so two wake-ups for the same 09:00 are one digest.</summary>
    public string OccurrenceKey(DateTimeOffset due) => TimeZoneInfo.ConvertTime(due, TimeZone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public override string ToString() => Cron is not null
        ? $"cron {Cron} ({TimeZone.Id})"
        : $"{(Weekday is { } d ? "every " + d : "daily")} at {LocalTime:HH\\:mm} {TimeZone.Id}";

    private DateTimeOffset DueOn(DateOnly day)
    {
        var local = day.ToDateTime(LocalTime!.Value);
        if (TimeZone.IsInvalidTime(local))
        {
            // Clocks went forward over this time: due at the first instant after the gap.
            var probe = local;
            while (TimeZone.IsInvalidTime(probe))
            {
                probe = probe.AddMinutes(1);
            }

            return new DateTimeOffset(probe, TimeZone.GetUtcOffset(probe));
        }

        if (TimeZone.IsAmbiguousTime(local))
        {
            // Clocks went back over this time: the first occurrence, at the larger (summer) offset.
            var offset = TimeZone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, offset);
        }

        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>
    /// Quartz has no "previous fire time". Instead of walking forward from far back (a minute cron is 500,000
    /// steps a year), look back over doubling spans until one holds an occurrence, then bisect that span: about
    /// 60 lookups whether the schedule fires every second or once a year.
    /// </summary>
    private static DateTimeOffset? LatestCronAtOrBefore(CronExpression expression, DateTimeOffset now)
    {
        DateTimeOffset? FiresBy(DateTimeOffset after) => expression.GetNextValidTimeAfter(after) is { } next && next <= now ? next : null;

        // Invariant: something fires in (low, now]; nothing fires in (high, now].
        var high = now;
        var span = TimeSpan.FromSeconds(1);
        var low = now - span;
        while (FiresBy(low) is null)
        {
            high = low;
            span *= 2;
            if (span > MaxLookBack)
            {
                return null;
            }

            low = now - span;
        }

        // Cron fires on whole seconds: within a second there is one candidate left.
        while (high - low > TimeSpan.FromSeconds(1))
        {
            var middle = low + ((high - low) / 2);
            if (FiresBy(middle) is null)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return FiresBy(low);
    }

    private static CronExpression CronExpression(string cron, TimeZoneInfo zone) => new(cron, zone);
}
