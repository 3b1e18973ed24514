using BriefBot.Slack.SocketMode;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Slack;
using Xunit;
using static BriefBot.TestKit.Slack.SlackPayloads;

namespace BriefBot.Slack.Tests.SocketMode;

public sealed class SocketModeReconnectTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int ConnectionsOpened(SocketModeRig rig) => rig.Slack.Requests.Count(r => r.Path == "/api/apps.connections.open");

    /// <summary>The next backoff timer for a step of <paramref name="seconds"/>: up to 20 % jitter above it, never above the cap. Call before the loss.</summary>
    private static Task<TimeSpan> NextBackoffAsync(SocketModeRig rig, double seconds) =>
        rig.Time.WhenNewTimerAsync(d => d >= TimeSpan.FromSeconds(seconds) && d <= TimeSpan.FromSeconds(Math.Min(seconds * 1.2, 60)), Ct).WaitAsync(Patience, Ct);

    [Theory]
    [InlineData(DisconnectReasons.RefreshRequested)]
    [InlineData(DisconnectReasons.Warning)]
    public async Task A_refresh_opens_the_new_connection_before_closing_the_old_and_loses_nothing(string reason)
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var rig = (await SocketModeRig.StartAsync([who])).Run();
        var old = await rig.ConnectedAsync();
        rig.Socket.SendsHello = false;

        await old.SendDisconnectAsync(reason);
        var fresh = await rig.Socket.WaitForConnectionAsync(2, Ct).WaitAsync(Patience, Ct);
        var duringRefresh = await rig.AckedAsync(old, "slash_commands", CommandPayload("/who", "Hale", rig.Slack.NewResponseUrl()));
        var oldOpenBeforeHello = old.ClosedAt == 0;
        await fresh.SendHelloAsync();
        await old.Closed.WaitAsync(Patience, Ct);
        var afterRefresh = await rig.AckedAsync(fresh, "slash_commands", CommandPayload("/who", "Ana Berg", rig.Slack.NewResponseUrl()));

        Assert.Equal(1, duringRefresh.Connection);
        Assert.Equal("Quentin Hale", Assert.NotNull(duringRefresh.Payload).GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Single(rig.Socket.AcksFor(duringRefresh.EnvelopeId));
        Assert.True(oldOpenBeforeHello, "the old connection stays open until the new one has said hello");
        Assert.True(old.ClosedByClient, "the bot closes the old connection itself, with a close frame");
        Assert.True(fresh.HelloAt < old.ClosedAt);
        Assert.Equal(2, afterRefresh.Connection);
        Assert.Equal(["Hale", "Ana Berg"], who.Requests.Select(r => r.Text));
        Assert.Equal(2, ConnectionsOpened(rig));
        Assert.True(rig.State!.Connected);
    }

    [Fact]
    public async Task Link_disabled_stops_the_client_and_reports_it_down()
    {
        await using var rig = (await SocketModeRig.StartAsync([])).Run();
        var connection = await rig.ConnectedAsync();

        await connection.SendDisconnectAsync(DisconnectReasons.LinkDisabled);
        await rig.Running.WaitAsync(Patience, Ct);
        await connection.Closed.WaitAsync(Patience, Ct);

        Assert.False(rig.State!.Connected);
        Assert.Contains("link_disabled", rig.State.Detail, StringComparison.Ordinal);
        Assert.StartsWith("stopped", rig.State.Detail, StringComparison.Ordinal);
        Assert.Single(rig.Socket.Connections);
        Assert.Equal(1, ConnectionsOpened(rig));
    }

    [Fact]
    public async Task Abrupt_closes_reconnect_with_growing_backoff_capped_at_a_minute()
    {
        await using var rig = (await SocketModeRig.StartAsync([])).Run();
        double[] steps = [1, 2, 4, 8, 16, 32, 60, 60];
        var delays = new List<TimeSpan>();
        var details = new List<string>();

        for (var i = 0; i < steps.Length; i++)
        {
            var connection = await rig.ConnectedAsync(i + 1);
            var backoff = NextBackoffAsync(rig, steps[i]);
            connection.Abort();
            var delay = await backoff;
            details.Add(rig.State!.Detail);
            delays.Add(delay);
            rig.Time.Advance(delay);
        }

        await rig.ConnectedAsync(steps.Length + 1);

        Assert.Equal(steps.Length, delays.Count);
        Assert.Equal(TimeSpan.FromSeconds(60), delays[^1]);
        Assert.All(details, d => Assert.StartsWith("reconnecting in ", d, StringComparison.Ordinal));
        Assert.All(details, d => Assert.EndsWith("connection lost", d, StringComparison.Ordinal));
        Assert.Equal(steps.Length + 1, ConnectionsOpened(rig));
        Assert.True(rig.State!.Connected);
    }

    [Fact]
    public async Task A_connection_that_stayed_up_starts_the_backoff_again_from_one_second()
    {
        await using var rig = (await SocketModeRig.StartAsync([])).Run();
        var first = NextBackoffAsync(rig, 1);
        (await rig.ConnectedAsync(1)).Abort();
        rig.Time.Advance(await first);
        var healthy = await rig.ConnectedAsync(2);

        rig.Time.Advance(SocketModeClient.HealthyAfter);
        var second = rig.Time.WhenNewTimerAsync(d => d >= TimeSpan.FromSeconds(1), Ct).WaitAsync(Patience, Ct);
        healthy.Abort();
        var delay = await second;

        Assert.InRange(delay, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.2));
    }

    [Fact]
    public async Task A_refused_app_token_stops_without_retrying()
    {
        await using var rig = (await SocketModeRig.StartAsync([], new Dictionary<string, string?> { ["Slack:AppToken"] = "xapp-1-A0BRIEFBOT-1000-revoked" })).Run();

        await rig.Running.WaitAsync(Patience, Ct);

        Assert.Equal(1, ConnectionsOpened(rig));
        Assert.Empty(rig.Socket.Connections);
        Assert.False(rig.State!.Connected);
        Assert.Equal("stopped: Slack refused the app token (invalid_auth)", rig.State.Detail);
        Assert.DoesNotContain("xapp-", rig.State.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_limited_apps_connections_open_is_retried_after_retry_after()
    {
        await using var rig = await SocketModeRig.StartAsync([]);
        rig.Slack.Enqueue(FakeSlackResponse.RateLimited(7, "apps.connections.open"));
        rig.Run();

        await rig.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(7), Ct).WaitAsync(Patience, Ct);
        await rig.ConnectedAsync();

        Assert.Equal(2, ConnectionsOpened(rig));
        Assert.True(rig.State!.Connected);
    }

    [Fact]
    public async Task A_server_error_from_apps_connections_open_is_retried_with_backoff()
    {
        await using var rig = await SocketModeRig.StartAsync([]);
        for (var i = 0; i < 5; i++)
        {
            rig.Slack.Enqueue(FakeSlackResponse.ServerError(503, "apps.connections.open"));
        }

        rig.Run();

        // The Web API client retries 5xx itself (1, 2, 4, 8 s); after its fifth failure the socket backoff takes over.
        await rig.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1), Ct).WaitAsync(Patience, Ct);
        await rig.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(2), Ct).WaitAsync(Patience, Ct);
        await rig.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(4), Ct).WaitAsync(Patience, Ct);
        var backoff = NextBackoffAsync(rig, 1);
        await rig.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(8), Ct).WaitAsync(Patience, Ct);
        rig.Time.Advance(await backoff);
        await rig.ConnectedAsync();

        Assert.Equal(6, ConnectionsOpened(rig));
        Assert.True(rig.State!.Connected);
    }

    [Fact]
    public async Task Stopping_closes_the_connection_with_a_close_frame()
    {
        var rig = (await SocketModeRig.StartAsync([])).Run();
        var connection = await rig.ConnectedAsync();

        await rig.DisposeAsync();

        Assert.True(connection.ClosedByClient);
    }

    [Fact]
    public async Task An_envelope_before_hello_is_still_answered()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var rig = (await SocketModeRig.StartAsync([who], sendsHello: false)).Run();
        var connection = await rig.Socket.WaitForConnectionAsync(1, Ct).WaitAsync(Patience, Ct);

        var ack = await rig.AckedAsync(connection, "slash_commands", CommandPayload("/who", "Hale", rig.Slack.NewResponseUrl()));

        Assert.NotNull(ack.Payload);
        Assert.False(rig.State!.Connected);
    }
}
