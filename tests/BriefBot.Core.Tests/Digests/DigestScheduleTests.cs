using BriefBot.Core.Digests;
using Xunit;

namespace BriefBot.Core.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static DigestSchedule Parse(string text)
    {
        Assert.True(DigestScheduleParser.TryParse(text, out var schedule, out var error), error);
        return schedule;
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void A_monday_digest_arrives_at_nine_local_time_on_both_sides_of_the_spring_change()
    {
        var schedule = Parse("monday 09:00 Europe/Berlin");

        var beforeChange = schedule.NextAfter(Utc(2026, 3, 22, 12));
        var afterChange = schedule.NextAfter(beforeChange!.Value);

        Assert.Equal(Utc(2026, 3, 23, 8), beforeChange);
        Assert.Equal(Utc(2026, 3, 30, 7), afterChange);
    }

    [Fact]
    public void A_daily_digest_keeps_its_local_hour_when_new_york_falls_back()
    {
        var schedule = Parse("daily 09:00 America/New_York");

        var saturday = schedule.NextAfter(Utc(2026, 10, 31, 0));
        var sunday = schedule.NextAfter(saturday!.Value);

        Assert.Equal(Utc(2026, 10, 31, 13), saturday);
        Assert.Equal(Utc(2026, 11, 1, 14), sunday);
    }

    [Fact]
    public void A_time_in_the_missing_hour_is_due_right_after_the_gap_not_skipped()
    {
        var schedule = Parse("sunday 02:30 Europe/Berlin");

        var due = schedule.NextAfter(Utc(2026, 3, 28, 12));

        // 02:30 does not exist on 29 March 2026 in Berlin; 03:00 CEST is 01:00 UTC.
        Assert.Equal(Utc(2026, 3, 29, 1), due);
    }

    [Fact]
    public void A_time_in_the_repeated_hour_is_due_once_at_its_first_occurrence()
    {
        var schedule = Parse("sunday 02:30 Europe/Berlin");

        var first = schedule.NextAfter(Utc(2026, 10, 24, 12));
        var next = schedule.NextAfter(first!.Value);

        // 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET): only the first counts.
        Assert.Equal(Utc(2026, 10, 25, 0, 30), first);
        Assert.Equal(Utc(2026, 11, 1, 1, 30), next);
        Assert.Equal(schedule.OccurrenceKey(Utc(2026, 10, 25, 0, 30)), schedule.OccurrenceKey(Utc(2026, 10, 25, 1, 30)));
    }

    [Fact]
    public void Catch_up_finds_the_latest_missed_occurrence_only()
    {
        var schedule = Parse("monday 09:00 UTC");

        var latest = schedule.LatestAtOrBefore(Utc(2026, 11, 25, 12));

        Assert.Equal(Utc(2026, 11, 23, 9), latest);
    }

    [Fact]
    public void A_cron_schedule_runs_in_its_time_zone()
    {
        var schedule = Parse("cron 0 0 9 ? * MON-FRI America/New_York");

        var next = schedule.NextAfter(Utc(2026, 11, 21, 0));

        Assert.Equal(Utc(2026, 11, 23, 14), next);
        Assert.Equal(Utc(2026, 11, 20, 14), schedule.LatestAtOrBefore(Utc(2026, 11, 21, 0)));
    }

    [Fact]
    public void Nothing_given_means_weekly_on_monday_at_nine_utc()
    {
        var schedule = Parse("");

        Assert.Equal((DayOfWeek.Monday, new TimeOnly(9, 0), "UTC"), (schedule.Weekday!.Value, schedule.LocalTime!.Value, schedule.TimeZone.Id));
    }

    [Fact]
    public void Windows_zone_names_are_accepted()
    {
        var schedule = Parse("friday 17:00 W. Europe Standard Time");

        Assert.Equal(Utc(2026, 11, 27, 16), schedule.NextAfter(Utc(2026, 11, 23, 0)));
    }

    [Theory]
    [InlineData("monday 25:00 Europe/Berlin", "25:00")]
    [InlineData("monday 09:00 Mars/Olympus_Mons", "Mars/Olympus_Mons")]
    [InlineData("cron 0 0 0 30 2 ? UTC", "never fires")]
    [InlineData("cron every so often", "cron")]
    [InlineData("fortnightly 09:00 UTC", "fortnightly")]
    public void Bad_schedules_are_refused_with_the_problem_named(string text, string named)
    {
        Assert.False(DigestScheduleParser.TryParse(text, out _, out var error));

        Assert.Contains(named, error, StringComparison.Ordinal);
    }
}
