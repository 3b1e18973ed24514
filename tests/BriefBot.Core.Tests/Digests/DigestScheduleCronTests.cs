using BriefBot.Core.Digests;
using Xunit;

namespace BriefBot.Core.Tests.Digests;

public sealed class DigestScheduleCronTests
{
    private static readonly DateTimeOffset Now = new(2031, 6, 2, 9, 30, 30, TimeSpan.Zero);

    public static TheoryData<string> EveryFrequency => new()
    {
        "cron * * * ? * * UTC",
        "cron 0 * * ? * * UTC",
        "cron 0 */5 * ? * * UTC",
        "cron 0 0 * ? * * UTC",
        "cron 0 15 */6 ? * * Europe/Berlin",
        "cron 0 0 9 * * ? America/New_York",
        "cron 0 0 9 ? * MON-FRI Asia/Tokyo",
        "cron 0 0 9 ? * SUN UTC",
        "cron 0 0 9 1 * ? UTC",
        "cron 0 0 9 L * ? UTC",
        "cron 0 0 9 1 1/3 ? UTC",
        "cron 0 0 9 15 3 ? UTC",
        "cron 0 0 9 29 2 ? UTC",
        "cron 0 * * ? 1 * UTC",
    };

    private static DigestSchedule Parse(string text)
    {
        Assert.True(DigestScheduleParser.TryParse(text, out var schedule, out var error), error);
        return schedule;
    }

    [Theory]
    [MemberData(nameof(EveryFrequency))]
    public void The_latest_occurrence_is_at_or_before_now_and_the_next_one_after_it_is_later_than_now(string text)
    {
        var schedule = Parse(text);

        var latest = schedule.LatestAtOrBefore(Now);

        Assert.NotNull(latest);
        Assert.True(latest <= Now, $"{latest} is after {Now}");
        Assert.True(schedule.NextAfter(latest.Value) > Now, $"{schedule.NextAfter(latest.Value)} fires between {latest} and {Now}");
    }

    [Fact]
    public void A_cron_firing_every_minute_is_due_at_the_last_whole_minute()
    {
        var schedule = Parse("cron 0 * * ? * * UTC");

        var latest = schedule.LatestAtOrBefore(Now);

        Assert.Equal(new DateTimeOffset(2031, 6, 2, 9, 30, 0, TimeSpan.Zero), latest);
    }

    [Fact]
    public void A_cron_firing_every_second_is_due_this_second()
    {
        var schedule = Parse("cron * * * ? * * UTC");

        Assert.Equal(Now, schedule.LatestAtOrBefore(Now));
    }

    [Fact]
    public void A_yearly_cron_is_due_at_its_date_of_this_year_or_last()
    {
        var schedule = Parse("cron 0 0 9 15 3 ? UTC");

        Assert.Equal(new DateTimeOffset(2031, 3, 15, 9, 0, 0, TimeSpan.Zero), schedule.LatestAtOrBefore(Now));
        Assert.Equal(new DateTimeOffset(2030, 3, 15, 9, 0, 0, TimeSpan.Zero), schedule.LatestAtOrBefore(new DateTimeOffset(2031, 3, 15, 8, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void A_cron_that_never_fires_again_in_years_has_no_latest_occurrence_within_the_look_back()
    {
        var schedule = Parse("cron 0 0 9 1 1 ? 2020 UTC");

        Assert.Null(schedule.LatestAtOrBefore(Now));
    }
}
