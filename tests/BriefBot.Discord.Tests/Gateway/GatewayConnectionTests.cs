using BriefBot.TestKit.Discord;
using Xunit;

namespace BriefBot.Discord.Tests.Gateway;

public sealed class GatewayConnectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Identify_sends_the_token_no_intents_the_properties_and_the_shard_on_v10_json()
    {
        await using var services = await GatewayServices.StartAsync([]);

        var identify = await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);

        var connection = services.Gateway.Connections[0];
        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(FakeDiscordGateway.ExpectedToken, identify.D.GetProperty("token").GetString());
        Assert.Equal(0, identify.D.GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", identify.D.GetProperty("shard").GetRawText());
        var properties = identify.D.GetProperty("properties");
        Assert.Equal("briefbot", properties.GetProperty("browser").GetString());
        Assert.Equal("briefbot", properties.GetProperty("device").GetString());
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("os").GetString()));
    }

    [Fact]
    public async Task The_shard_is_down_until_ready_and_connected_after()
    {
        await using var services = await GatewayServices.StartAsync([], beforeStart: g => g.HoldReady = true);
        await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);
        await services.Gateway.SyncAsync(Ct);
        var before = services.Shard();

        await services.Gateway.SendReadyAsync(Ct);
        await services.Gateway.SyncAsync(Ct);

        Assert.False(before!.Connected);
        Assert.True(services.Shard()!.Connected);
        Assert.True(services.Health.AllConnected);
    }

    [Fact]
    public async Task Messages_split_over_many_WebSocket_frames_are_assembled()
    {
        await using var services = await GatewayServices.StartAsync([], beforeStart: g => g.FragmentSize = 7);

        await services.Gateway.WaitForFrameAsync(f => f.Op == 2, Ct);
        await services.Gateway.SyncAsync(Ct);

        Assert.True(services.Shard()!.Connected);
    }

    [Fact]
    public async Task Graceful_shutdown_closes_with_1000_and_forgets_the_shard()
    {
        var services = await GatewayServices.StartReadyAsync([]);
        var connection = services.Gateway.Connections[0];

        await services.Service.StopAsync(Ct);
        var code = await connection.Closed.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(1000, code);
        Assert.Empty(services.Health.Snapshot());
        await services.DisposeAsync();
    }

    [Fact]
    public async Task Before_the_gateway_url_is_known_the_gateway_counts_as_down()
    {
        await using var rest = await FakeDiscordServer.StartAsync(Ct);
        rest.Enqueue(FakeResponse.Hang("gateway/bot"));
        await using var services = await GatewayServices.StartAsync([], settings: new Dictionary<string, string?> { ["Discord:ApiBaseUrl"] = rest.ApiBaseUrl.AbsoluteUri });

        await rest.WaitForRequestAsync(r => r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal), Ct);

        var state = Assert.Single(services.Health.Snapshot());
        Assert.Equal("discord gateway", state.Name);
        Assert.False(state.Connected);
    }
}
