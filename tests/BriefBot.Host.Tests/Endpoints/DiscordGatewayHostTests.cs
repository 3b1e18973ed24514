using System.Net;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Knowledge;
using Xunit;
using static BriefBot.TestKit.Discord.InteractionPayloads;

namespace BriefBot.Host.Tests.Endpoints;

/// <summary>The real host in gateway mode: no public key, interactions from a fake Gateway, answers at the callback endpoint.</summary>
public sealed class DiscordGatewayHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TestShelf Shelf() => new TestShelf()
        .WithGazetteer("""
            - name: Sylvania
              kind: state
            - name: Rufus Firefly
              kind: person
            """)
        .WithArticle("harbour", "Crisis at Port Marl", "2031-06-10", """
            On June 2, 2031, Sylvanian gunboats shelled Port Marl, and President Rufus Firefly condemned the attack.
            """);

    [Fact]
    public async Task In_gateway_mode_the_host_is_ready_after_READY_answers_who_at_the_callback_endpoint_and_maps_no_http_endpoint()
    {
        using var shelf = Shelf();
        await using var host = await DiscordHost.StartGatewayWithKnowledgeAsync(shelf);
        var gateway = host.Gateway!;
        await gateway.WaitForFrameAsync(f => f.Op == 2, Ct);

        using var before = await host.Http.GetAsync(new Uri("/readyz", UriKind.Relative), Ct);
        var beforeBody = await before.Content.ReadAsStringAsync(Ct);
        await gateway.SendReadyAsync(Ct);
        await gateway.SyncAsync(Ct);
        using var after = await host.Http.GetAsync(new Uri("/readyz", UriKind.Relative), Ct);
        await gateway.DispatchInteractionAsync(Command("who", ("name", "rufus firefly")), Ct);
        var callback = await host.Discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/callback", StringComparison.Ordinal), Ct);
        using var http = await host.PostAsync(Command("who", ("name", "rufus firefly")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Contains("discord gateway shard 0/1: down", beforeBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        var embeds = callback.Json.GetProperty("data").GetProperty("embeds");
        Assert.Equal("Rufus Firefly", embeds[0].GetProperty("title").GetString());
        Assert.Contains("Crisis at Port Marl", embeds.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(DiscordRules.Message(callback.Json.GetProperty("data")));
        Assert.Equal(HttpStatusCode.NotFound, http.StatusCode);
    }
}
