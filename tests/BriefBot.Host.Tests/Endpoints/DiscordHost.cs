using BriefBot.Core.Commands;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace BriefBot.Host.Tests.Endpoints;

/// <summary>
/// The real host on 127.0.0.1:0 with Discord pointed at a fake Discord, scripted commands, a fake clock and a
/// test signing key. One per test.
/// </summary>
internal sealed class DiscordHost : IAsyncDisposable
{
    private readonly TestShelf _shelf;

    private DiscordHost(WebApplication app, FakeDiscordServer discord, InteractionSigner signer, ObservableTimeProvider time, TestShelf shelf)
    {
        App = app;
        Discord = discord;
        Signer = signer;
        Time = time;
        _shelf = shelf;
        Http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public FakeDiscordServer Discord { get; }

    public InteractionSigner Signer { get; }

    /// <summary>The fake Gateway the host connects to, in gateway mode only.</summary>
    public FakeDiscordGateway? Gateway { get; private set; }

    public ObservableTimeProvider Time { get; }

    public static Uri Endpoint { get; } = new("/discord/interactions", UriKind.Relative);

    /// <summary>The host with its real commands over <paramref name="shelf"/>, built before the first request.</summary>
    public static async Task<DiscordHost> StartWithKnowledgeAsync(TestShelf shelf)
    {
        var host = await StartAsync(null, shelf: shelf);
        await host.App.Services.GetRequiredService<BriefBot.Core.Knowledge.Store.KnowledgeStore>().BuildAsync(TestContext.Current.CancellationToken);
        return host;
    }

    /// <summary>
    /// The host in gateway mode (bot token, no public key) over <paramref name="shelf"/>, connected to a fake
    /// Gateway that holds READY until the test sends it; the knowledge base is built before this returns.
    /// </summary>
    public static async Task<DiscordHost> StartGatewayWithKnowledgeAsync(TestShelf shelf)
    {
        var ct = TestContext.Current.CancellationToken;
        var gateway = await FakeDiscordGateway.StartAsync(ct);
        gateway.HoldReady = true;
        var host = await StartAsync(null, shelf: shelf, gateway: gateway);
        await host.App.Services.GetRequiredService<BriefBot.Core.Knowledge.Store.KnowledgeStore>().BuildAsync(ct);
        return host;
    }

    public static async Task<DiscordHost> StartAsync(IEnumerable<ICommandHandler>? handlers, bool withBotToken = false, bool withDiscord = true, TestShelf? shelf = null, FakeDiscordGateway? gateway = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var discord = await FakeDiscordServer.StartAsync(ct);
        var signer = new InteractionSigner();
        var time = new ObservableTimeProvider();
        shelf ??= new TestShelf();
        List<string> args = ["--urls", "http://127.0.0.1:0", .. shelf.HostArguments];
        if (gateway is not null)
        {
            discord.GatewayBot = new FakeGatewayBot { Url = gateway.Url };
            args.AddRange(["--Discord:BotToken", FakeDiscordGateway.ExpectedToken, "--Discord:ApplicationId", InteractionPayloads.ApplicationId, "--Discord:ApiBaseUrl", discord.ApiBaseUrl.AbsoluteUri]);
        }
        else if (withDiscord)
        {
            args.AddRange(["--Discord:PublicKey", signer.PublicKeyHex, "--Discord:ApplicationId", InteractionPayloads.ApplicationId, "--Discord:ApiBaseUrl", discord.ApiBaseUrl.AbsoluteUri]);
        }

        if (withBotToken)
        {
            args.AddRange(["--Discord:BotToken", "test-bot-token"]);
        }

        var app = BriefBotApp.Build([.. args], builder =>
        {
            if (handlers is not null)
            {
                builder.Services.RemoveAll<ICommandHandler>();
                foreach (var handler in handlers)
                {
                    builder.Services.AddSingleton(handler);
                }
            }

            builder.Services.AddSingleton<TimeProvider>(time);
        });
        await app.StartAsync(ct);
        return new DiscordHost(app, discord, signer, time, shelf) { Gateway = gateway };
    }

    /// <summary>Posts <paramref name="json"/> signed with the test key; <paramref name="signature"/> can replace or drop the real one.</summary>
    public Task<HttpResponseMessage> PostAsync(string json, Func<string, string?>? signature = null)
    {
        var request = Signer.Request(Endpoint, json, Time.GetUtcNow(), signature);
        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync(TestContext.Current.CancellationToken);
        await App.DisposeAsync();
        await Discord.DisposeAsync();
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }

        Signer.Dispose();
        _shelf.Dispose();
    }
}
