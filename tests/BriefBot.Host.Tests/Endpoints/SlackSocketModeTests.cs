using Microsoft.Extensions.Logging;
using BriefBot.TestKit.Logging;
using System.Net;
using System.Text.Json.Nodes;
using BriefBot.Core.Knowledge.Store;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.Slack;
using BriefBot.TestKit.Time;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static BriefBot.TestKit.Slack.SlackPayloads;

namespace BriefBot.Host.Tests.Endpoints;

/// <summary>The real host with Slack over Socket Mode only: no public URL, no signing secret.</summary>
public sealed class SlackSocketModeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_only_an_app_token_commands_arrive_over_the_socket_and_the_http_routes_are_gone()
    {
        using var shelf = new TestShelf()
            .WithGazetteer("""
                - name: Rufus Firefly
                  kind: person
                """)
            .WithArticle("harbour", "Crisis at Port Marl", "2031-06-10", "On June 2, 2031, President Rufus Firefly condemned the attack on Port Marl.");
        await using var slack = await FakeSlackServer.StartAsync(Ct);
        await using var socket = await FakeSocketModeServer.StartAsync(Ct);
        slack.SocketMode = socket;
        socket.SendsHello = false;
        var logs = new RecordingLoggerProvider();
        await using var app = await TestHost.StartAsync(
            [
                .. shelf.HostArguments,
                "--Slack:AppToken", FakeSocketModeServer.AppToken,
                "--Slack:BotToken", FakeSlackServer.BotToken,
                "--Slack:ApiBaseUrl", slack.ApiBaseUrl.AbsoluteUri,
            ],
            builder =>
            {
                builder.Services.AddSingleton<TimeProvider>(new ObservableTimeProvider());
                builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
            });
        await app.Services.GetRequiredService<KnowledgeStore>().BuildAsync(Ct);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };

        var connection = await socket.WaitForConnectionAsync(1, Ct).WaitAsync(Patience, Ct);
        using var beforeHello = await http.GetAsync(new Uri("/readyz", UriKind.Relative), Ct);
        var beforeHelloBody = await beforeHello.Content.ReadAsStringAsync(Ct);
        await connection.SendHelloAsync();
        var ping = await connection.SendEnvelopeAsync("events_api", new JsonObject { ["event_id"] = "Ev0PING" });
        await socket.WaitForAckAsync(ping, Ct).WaitAsync(Patience, Ct);
        using var afterHello = await http.GetAsync(new Uri("/readyz", UriKind.Relative), Ct);
        var who = await connection.SendEnvelopeAsync("slash_commands", CommandPayload("/who", "rufus firefly", slack.NewResponseUrl()));
        var answer = await socket.WaitForAckAsync(who, Ct).WaitAsync(Patience, Ct);
        using var httpCommand = await http.PostAsync(new Uri("/slack/commands", UriKind.Relative), new StringContent(Command("/who", "rufus firefly", slack.NewResponseUrl())), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, beforeHello.StatusCode);
        Assert.Contains("slack socket mode: down (connecting)", beforeHelloBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, afterHello.StatusCode);
        var payload = Assert.NotNull(answer.Payload);
        Assert.Equal("Rufus Firefly", payload.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Contains("Crisis at Port Marl", SlackRules.AllText(payload), StringComparison.Ordinal);
        Assert.Empty(SlackRules.Message(payload));
        Assert.Equal(HttpStatusCode.NotFound, httpCommand.StatusCode);

        // Neither token nor the socket URL's ticket reaches the logs; what the user typed stays below Information.
        await logs.WhenLoggedAsync(e => e.EventId.Name == "SocketModeConnected", Ct);
        var entries = logs.Entries.ToList();
        Assert.DoesNotContain(entries, e => e.AllText.Contains(FakeSocketModeServer.AppToken, StringComparison.Ordinal) || e.AllText.Contains(FakeSlackServer.BotToken, StringComparison.Ordinal) || e.AllText.Contains("ticket=", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Information && e.AllText.Contains("rufus firefly", StringComparison.Ordinal));
    }
}
