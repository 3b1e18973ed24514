using BriefBot.Discord.Gateway;
using BriefBot.TestKit.Discord;
using Xunit;

namespace BriefBot.Discord.Tests.Gateway;

public sealed class GatewayReconnectTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Op_7_closes_and_resumes_with_the_session_and_sequence_on_the_resume_url()
    {
        await using var services = await GatewayServices.StartReadyAsync([]);
        await services.Gateway.DispatchAsync("TYPING_START", new System.Text.Json.Nodes.JsonObject(), Ct);
        var first = services.Gateway.Connections[0];

        await services.Gateway.RequestReconnectAsync(Ct);
        var code = await first.Closed.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var next = await services.ReconnectAfterAsync(GatewayServices.FirstBackoff, 2);
        var resume = await services.Gateway.WaitForFrameAsync(f => f.Op == 6, Ct);
        await services.Gateway.SyncAsync(Ct);

        Assert.NotEqual(1000, code);
        Assert.Equal("/resume", next.Path);
        Assert.Equal("?v=10&encoding=json", next.Query);
        Assert.Equal(FakeDiscordGateway.ExpectedToken, resume.D.GetProperty("token").GetString());
        Assert.Equal(services.Gateway.SessionId, resume.D.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.D.GetProperty("seq").GetInt64());
        Assert.Single(services.Gateway.Frames, f => f.Op == 2);
        Assert.True(services.Shard()!.Connected);
        Assert.Equal("resumed", services.Shard()!.Detail);
    }

    [Fact]
    public async Task Invalid_session_that_may_be_resumed_is_resumed()
    {
        await using var services = await GatewayServices.StartReadyAsync([]);

        await services.Gateway.InvalidateSessionAsync(resumable: true, Ct);
        await services.ReconnectAfterAsync(GatewayServices.FirstBackoff, 2);
        var resume = await services.Gateway.WaitForFrameAsync(f => f.Op == 6, Ct);

        Assert.Equal(services.Gateway.SessionId, resume.D.GetProperty("session_id").GetString());
        Assert.Single(services.Gateway.Frames, f => f.Op == 2);
    }

    [Fact]
    public async Task Invalid_session_that_may_not_be_resumed_waits_one_to_five_seconds_then_identifies_anew()
    {
        await using var services = await GatewayServices.StartReadyAsync([]);
        var oldSession = services.Gateway.SessionId;

        await services.Gateway.InvalidateSessionAsync(resumable: false, Ct);

        // Jitter 0.5: 1 s + 0.5 × 4 s; then 2 s more, since one bucket identifies at most once per 5 s.
        await services.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(3), Ct);
        await services.ReconnectAfterAsync(TimeSpan.FromSeconds(2), 2);
        var identifies = await services.Gateway.WaitForFramesAsync(2, f => f.Op == 2, Ct);
        await services.Gateway.SyncAsync(Ct);

        Assert.Equal("/gateway", services.Gateway.Connections[1].Path);
        Assert.Equal(2, identifies[1].Connection);
        Assert.DoesNotContain(services.Gateway.Frames, f => f.Op == 6);
        Assert.NotEqual(oldSession, services.Gateway.SessionId);
        Assert.True(services.Shard()!.Connected);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(1011)]
    public async Task A_resumable_close_code_resumes(int code)
    {
        await using var services = await GatewayServices.StartReadyAsync([]);

        await services.Gateway.CloseAsync(code, Ct);
        var next = await services.ReconnectAfterAsync(GatewayServices.FirstBackoff, 2);
        await services.Gateway.WaitForFrameAsync(f => f.Op == 6, Ct);

        Assert.Equal("/resume", next.Path);
        Assert.Single(services.Gateway.Frames, f => f.Op == 2);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task A_close_code_that_ends_the_session_identifies_anew(int code)
    {
        await using var services = await GatewayServices.StartReadyAsync([]);

        await services.Gateway.CloseAsync(code, Ct);
        await services.Time.AdvanceWhenWaitingAsync(GatewayServices.FirstBackoff, Ct);
        await services.ReconnectAfterAsync(SessionStartGate.BucketSpacing - GatewayServices.FirstBackoff, 2);
        await services.Gateway.WaitForFramesAsync(2, f => f.Op == 2, Ct);

        Assert.Equal("/gateway", services.Gateway.Connections[1].Path);
        Assert.DoesNotContain(services.Gateway.Frames, f => f.Op == 6);
    }

    [Theory]
    [InlineData(4004, "Discord__BotToken")]
    [InlineData(4010, "Discord__ShardId")]
    [InlineData(4011, "Discord__ShardCount")]
    [InlineData(4012, "v10")]
    [InlineData(4013, "intents")]
    [InlineData(4014, "privileged intent")]
    public async Task A_close_code_that_forbids_reconnecting_stops_the_shard_with_a_reason_and_never_reconnects(int code, string hint)
    {
        await using var services = await GatewayServices.StartReadyAsync([]);

        await services.Gateway.CloseAsync(code, Ct);
        await services.Service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        var shard = services.Shard()!;
        Assert.False(shard.Connected);
        Assert.StartsWith("stopped: ", shard.Detail, StringComparison.Ordinal);
        Assert.Contains(hint, shard.Detail, StringComparison.Ordinal);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), shard.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeDiscordGateway.ExpectedToken, shard.Detail, StringComparison.Ordinal);
        Assert.Single(services.Gateway.Connections);
    }

    [Fact]
    public async Task A_bad_token_is_refused_by_the_gateway_and_stops_the_shard()
    {
        await using var services = await GatewayServices.StartAsync([], settings: new Dictionary<string, string?> { ["Discord:BotToken"] = "wrong-token" });

        await services.Service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Contains("4004", services.Shard()!.Detail, StringComparison.Ordinal);
        Assert.Single(services.Gateway.Connections);
    }

    [Fact]
    public async Task An_abrupt_drop_resumes()
    {
        await using var services = await GatewayServices.StartReadyAsync([]);

        services.Gateway.Abort();
        var next = await services.ReconnectAfterAsync(GatewayServices.FirstBackoff, 2);
        await services.Gateway.WaitForFrameAsync(f => f.Op == 6, Ct);

        Assert.Equal("/resume", next.Path);
    }

    [Fact]
    public async Task While_reconnecting_the_shard_is_down_with_a_reason()
    {
        await using var services = await GatewayServices.StartReadyAsync([]);

        services.Gateway.Abort();
        await services.Time.WhenTimerAsync(d => d == GatewayServices.FirstBackoff, Ct);

        var shard = services.Shard()!;
        Assert.False(shard.Connected);
        Assert.StartsWith("reconnecting: ", shard.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_delays_double_up_to_a_cap_and_reset_after_a_healthy_session()
    {
        await using var services = await GatewayServices.StartReadyAsync([]);
        services.Gateway.RefuseConnections = true;
        services.Gateway.Abort();
        int[] expected = [900, 1_800, 3_600, 7_200, 14_400, 28_800, 54_000, 54_000, 54_000];

        foreach (var (delay, attempt) in expected.Select((d, i) => (d, i + 1)))
        {
            await services.Time.AdvanceWhenWaitingAsync(TimeSpan.FromMilliseconds(delay), Ct);
            await services.Gateway.WaitForRefusedAsync(attempt, Ct);
        }

        services.Gateway.RefuseConnections = false;
        await services.ReconnectAfterAsync(TimeSpan.FromMilliseconds(54_000), 2);
        await services.Gateway.WaitForFrameAsync(f => f.Op == 6, Ct);
        await services.Gateway.SyncAsync(Ct);
        services.Gateway.Abort();
        await services.ReconnectAfterAsync(GatewayServices.FirstBackoff, 3);

        Assert.Equal(expected.Length, services.Gateway.RefusedCount);
        Assert.Equal(3, services.Gateway.Connections.Count);
    }
}
