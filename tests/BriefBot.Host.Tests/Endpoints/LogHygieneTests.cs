using System.Net;
using BriefBot.Core.Knowledge.Store;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.Logging;
using BriefBot.TestKit.Slack;
using BriefBot.TestKit.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace BriefBot.Host.Tests.Endpoints;

/// <summary>The real host, both platforms on, every log entry at every level kept: secrets never appear, and what users typed stays below Information.</summary>
public sealed class LogHygieneTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logs_carry_no_secret_at_any_level_and_no_user_text_at_information_or_above()
    {
        const string DiscordToken = "discord-bot-token-SECRET-7f3a";
        const string Typed = "Quentin Hale zebraquasar";
        await using var discord = await FakeDiscordServer.StartAsync(Ct);
        await using var slack = await FakeSlackServer.StartAsync(Ct);
        using var discordSigner = new InteractionSigner();
        var slackSigner = new SlackRequestSigner();
        using var shelf = new TestShelf().WithArticle("a", "A", "2031-01-01", "Quentin Hale met Ana Berg in Port Marl on January 1, 2031.");
        var logs = new RecordingLoggerProvider();
        var time = new ObservableTimeProvider();
        var app = TestHost.Build(
            [
                .. shelf.HostArguments,
                "--Discord:PublicKey", discordSigner.PublicKeyHex, "--Discord:ApplicationId", InteractionPayloads.ApplicationId,
                "--Discord:BotToken", DiscordToken, "--Discord:ApiBaseUrl", discord.ApiBaseUrl.AbsoluteUri,
                "--Slack:SigningSecret", slackSigner.SigningSecret, "--Slack:BotToken", FakeSlackServer.BotToken, "--Slack:ApiBaseUrl", slack.ApiBaseUrl.AbsoluteUri,
            ],
            builder =>
            {
                // A rule for this provider outranks appsettings' per-category levels, so every level really is kept.
                builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace).AddFilter<RecordingLoggerProvider>(null, LogLevel.Trace);
                builder.Services.AddSingleton<TimeProvider>(time);
            });
        await using (app)
        {
            await app.StartAsync();
            await app.Services.GetRequiredService<KnowledgeStore>().BuildAsync(Ct);
            using var http = new HttpClient { BaseAddress = app.BaseAddress };

            var fromSlack = await http.SendAsync(slackSigner.Request(new Uri("/slack/commands", UriKind.Relative), SlackPayloads.Command("/who", Typed, new Uri(slack.ApiBaseUrl, "/hooks/1")), time.GetUtcNow()), Ct);
            var fromDiscord = await http.SendAsync(discordSigner.Request(new Uri("/discord/interactions", UriKind.Relative), InteractionPayloads.Command("who", ("name", Typed)), time.GetUtcNow()), Ct);
            var forged = await http.SendAsync(slackSigner.Request(new Uri("/slack/commands", UriKind.Relative), SlackPayloads.Command("/who", Typed, new Uri(slack.ApiBaseUrl, "/hooks/2")), time.GetUtcNow(), signature: _ => "v0=" + new string('0', 64)), Ct);

            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized), (fromSlack.StatusCode, fromDiscord.StatusCode, forged.StatusCode));
        }

        var entries = logs.Entries.ToList();
        Assert.NotEmpty(entries);
        foreach (var secret in (string[])[DiscordToken, FakeSlackServer.BotToken, slackSigner.SigningSecret])
        {
            Assert.DoesNotContain(entries, e => e.AllText.Contains(secret, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Information && e.AllText.Contains("zebraquasar", StringComparison.Ordinal));

        // One rule on both platforms: each command is logged at Debug, so a busy bot's Information log stays quiet.
        foreach (var handler in (string[])["SlashCommandHandler", "InteractionResponder"])
        {
            Assert.Contains(entries, e => e.Category.Contains(handler, StringComparison.Ordinal) && e.EventId.Name == "Command" && e.Level == LogLevel.Debug);
            Assert.DoesNotContain(entries, e => e.Category.Contains(handler, StringComparison.Ordinal) && e.EventId.Name == "Command" && e.Level >= LogLevel.Information);
        }
    }
}
