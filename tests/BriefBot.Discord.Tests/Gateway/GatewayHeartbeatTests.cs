using Xunit;

namespace BriefBot.Discord.Tests.Gateway;

public sealed class GatewayHeartbeatTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_heartbeat_waits_interval_times_jitter_then_one_per_interval_with_the_last_sequence()
    {
        await using var services = await GatewayServices.StartReadyAsync([]);
        var answeredRequest = services.Gateway.Frames.Count(f => f.Op == 1);

        await services.Time.AdvanceWhenWaitingAsync(GatewayServices.FirstHeartbeat, Ct);
        var first = await services.Gateway.WaitForFramesAsync(answeredRequest + 1, f => f.Op == 1, Ct);

        // The next beat checks that this one was acknowledged: advance only once the client has taken the ACK in.
        await services.Logs.WhenLoggedAsync(first.Count, e => e.EventId.Name == "GatewayHeartbeatAcked", Ct);
        await services.Time.AdvanceWhenWaitingAsync(GatewayServices.Interval, Ct);
        var second = await services.Gateway.WaitForFramesAsync(answeredRequest + 2, f => f.Op == 1, Ct);

        Assert.Equal(1, answeredRequest);
        Assert.Equal("1", first[^1].D.GetRawText());
        Assert.Equal(answeredRequest + 2, second.Count);
        Assert.Single(services.Gateway.Connections);
    }

    [Fact]
    public async Task A_heartbeat_request_from_the_server_is_answered_at_once()
    {
        await using var services = await GatewayServices.StartAsync([], beforeStart: g => g.HoldReady = true);
        await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);

        await services.Gateway.RequestHeartbeatAsync(Ct);
        var heartbeat = await services.Gateway.WaitForFrameAsync(f => f.Op == 1, Ct);

        Assert.Equal("null", heartbeat.D.GetRawText());
        Assert.Equal(TimeSpan.Zero, services.Time.GetUtcNow() - new DateTimeOffset(2031, 6, 1, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_heartbeat_without_ack_makes_a_zombie_that_is_closed_with_a_resumable_code_and_resumed()
    {
        await using var services = await GatewayServices.StartAsync([], beforeStart: g => g.AcknowledgeHeartbeats = false);
        await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);
        var zombie = services.Gateway.Connections[0];

        // Only a session the client has taken in (READY processed) can be resumed.
        await services.Logs.WhenLoggedAsync(e => e.EventId.Name == "GatewayReady", Ct);

        await services.Time.AdvanceWhenWaitingAsync(GatewayServices.FirstHeartbeat, Ct);
        await services.Gateway.WaitForFrameAsync(f => f.Op == 1, Ct);
        await services.Time.AdvanceWhenWaitingAsync(GatewayServices.Interval, Ct);
        var code = await zombie.Closed.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var next = await services.ReconnectAfterAsync(GatewayServices.FirstBackoff, 2);
        var resume = await services.Gateway.WaitForFrameAsync(f => f.Op == 6, Ct);

        Assert.NotNull(code);
        Assert.NotEqual(1000, code);
        Assert.NotEqual(1001, code);
        Assert.Equal("/resume", next.Path);
        Assert.Equal(services.Gateway.SessionId, resume.D.GetProperty("session_id").GetString());
        Assert.Equal(1, resume.D.GetProperty("seq").GetInt64());
        Assert.Single(services.Gateway.Frames, f => f.Op == 1);
    }
}
