using BriefBot.Discord.Gateway;
using Xunit;

namespace BriefBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    private static readonly DateTimeOffset Start = new(2031, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ordinary_sends_stop_short_of_120_per_minute_and_wait_for_the_oldest_to_leave_the_window()
    {
        var limiter = new GatewaySendLimiter();
        var waits = Enumerable.Range(0, 110).Select(i => limiter.Reserve(Start + TimeSpan.FromMilliseconds(i), isHeartbeat: false)).ToList();

        var wait = limiter.Reserve(Start + TimeSpan.FromSeconds(1), isHeartbeat: false);
        var later = limiter.Reserve(Start + TimeSpan.FromSeconds(60), isHeartbeat: false);

        Assert.All(waits, w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromSeconds(59), wait);
        Assert.Equal(TimeSpan.Zero, later);
    }

    [Fact]
    public void Heartbeats_use_the_headroom_but_never_exceed_120_per_minute()
    {
        var limiter = new GatewaySendLimiter();
        for (var i = 0; i < 110; i++)
        {
            limiter.Reserve(Start, isHeartbeat: false);
        }

        var heartbeats = Enumerable.Range(0, 10).Select(_ => limiter.Reserve(Start, isHeartbeat: true)).ToList();
        var overLimit = limiter.Reserve(Start + TimeSpan.FromSeconds(10), isHeartbeat: true);

        Assert.All(heartbeats, w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromSeconds(50), overLimit);
    }
}
