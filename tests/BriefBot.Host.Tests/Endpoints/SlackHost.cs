using BriefBot.Core.Commands;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.Slack;
using BriefBot.TestKit.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace BriefBot.Host.Tests.Endpoints;

/// <summary>
/// The real host on 127.0.0.1:0 with Slack pointed at a fake Slack, scripted commands, a fake clock and a test
/// signing secret. One per test.
/// </summary>
internal sealed class SlackHost : IAsyncDisposable
{
    private readonly TestShelf? _shelf;
    private readonly bool _ownsSlack;

    private SlackHost(WebApplication app, FakeSlackServer slack, SlackRequestSigner signer, ObservableTimeProvider time, TestShelf? shelf, bool ownsSlack)
    {
        _ownsSlack = ownsSlack;
        App = app;
        Slack = slack;
        Signer = signer;
        Time = time;
        _shelf = shelf;
        Http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public FakeSlackServer Slack { get; }

    public SlackRequestSigner Signer { get; }

    public ObservableTimeProvider Time { get; }

    public static Uri Commands { get; } = new("/slack/commands", UriKind.Relative);

    public static Uri Interactivity { get; } = new("/slack/interactivity", UriKind.Relative);

    /// <summary>
    /// A host with <paramref name="handlers"/>. A <paramref name="shelf"/> (and so a state file), fake
    /// <paramref name="slack"/> and <paramref name="signer"/> passed in are the test's to keep, so a second host can
    /// start on the first one's state; otherwise the host has its own.
    /// </summary>
    public static async Task<SlackHost> StartAsync(IEnumerable<ICommandHandler>? handlers, bool withBotToken = false, bool withSlack = true, TestShelf? shelf = null, FakeSlackServer? slack = null, SlackRequestSigner? signer = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var ownsSlack = slack is null;
        slack ??= await FakeSlackServer.StartAsync(ct);
        signer ??= new SlackRequestSigner();
        var time = new ObservableTimeProvider();
        var ownedShelf = shelf is null ? new TestShelf() : null;
        shelf ??= ownedShelf!;
        List<string> args =
        [
            "--urls", "http://127.0.0.1:0",
            .. shelf.HostArguments,
        ];
        if (withSlack)
        {
            args.AddRange(["--Slack:SigningSecret", signer.SigningSecret, "--Slack:ApiBaseUrl", slack.ApiBaseUrl.AbsoluteUri]);
        }

        if (withBotToken)
        {
            args.AddRange(["--Slack:BotToken", FakeSlackServer.BotToken]);
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
        return new SlackHost(app, slack, signer, time, ownedShelf, ownsSlack);
    }

    /// <summary>Posts <paramref name="form"/> signed with the test secret at the fake clock's time (or <paramref name="signedAt"/>).</summary>
    public Task<HttpResponseMessage> PostAsync(Uri endpoint, string form, Func<string, string?>? signature = null, int? retryNum = null, DateTimeOffset? signedAt = null)
    {
        var request = Signer.Request(endpoint, form, signedAt ?? Time.GetUtcNow(), signature, retryNum);
        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> CommandAsync(string form, int? retryNum = null) => PostAsync(Commands, form, retryNum: retryNum);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync(TestContext.Current.CancellationToken);
        await App.DisposeAsync();
        if (_ownsSlack)
        {
            await Slack.DisposeAsync();
        }

        _shelf?.Dispose();
    }
}
