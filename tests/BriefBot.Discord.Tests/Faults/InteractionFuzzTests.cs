using System.Globalization;
using BriefBot.Discord.Tests.Gateway;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Logging;
using CsCheck;
using Microsoft.Extensions.Logging;
using Xunit;

namespace BriefBot.Discord.Tests.Faults;

/// <summary>
/// Signed but malformed interactions, as a hostile or buggy sender could make them: over HTTP each gets a 4xx or a
/// polite answer, never a 5xx; over the Gateway each is answered or logged, never dropped in silence; no exception
/// escapes to the log as unhandled, and <c>/who</c> still answers afterwards.
/// </summary>
public sealed class InteractionFuzzTests
{
    private const int Iterations = 300;
    private static long _nextId = 900_000_000_000_000_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Signed_malformed_interactions_over_http_get_a_4xx_or_a_polite_answer_and_who_still_answers()
    {
        var logs = new RecordingLoggerProvider();
        await using var services = await DiscordServices.StartAsync(ScriptedCommandHandler.EveryCommandAnswering(), logs: logs);

        await InteractionFuzz.Interaction.SampleAsync(async json =>
        {
            var result = await services.SendAsync(json.Replace(InteractionFuzz.IdSlot, '"' + NewId() + '"', StringComparison.Ordinal));
            Assert.InRange(result.StatusCode, 200, 499);
        }, iter: Iterations, threads: 1);
        var who = await services.SendAsync(InteractionPayloads.WithId(InteractionPayloads.Command("who", ("name", "rufus firefly")), NewId()));

        Assert.True(who.IsSuccess, who.Problem);
        Assert.Contains("Rufus Firefly", System.Text.Encoding.UTF8.GetString(who.Json), StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Signed_malformed_interactions_over_the_gateway_are_each_answered_or_logged_and_who_still_answers()
    {
        await using var services = await GatewayServices.StartReadyAsync(ScriptedCommandHandler.EveryCommandAnswering());

        await InteractionFuzz.Interaction.SampleAsync(async json =>
        {
            var id = NewId();
            var unreadable = services.Logs.Entries.Count(e => e.EventId.Id == 2421);
            await services.Gateway.DispatchRawInteractionAsync(json.Replace(InteractionFuzz.IdSlot, '"' + id + '"', StringComparison.Ordinal), Ct);
            await services.Logs.WhenLoggedAsync(e => e.AllText.Contains(id, StringComparison.Ordinal) || (e.EventId.Id == 2421 && services.Logs.Entries.Count(u => u.EventId.Id == 2421) > unreadable), Ct);
        }, iter: Iterations / 2, threads: 1);
        var whoId = NewId();
        await services.Gateway.DispatchInteractionAsync(InteractionPayloads.WithId(InteractionPayloads.Command("who", ("name", "rufus firefly")), whoId), Ct);
        var callback = await services.Rest.WaitForRequestAsync(r => r.Path.Contains(whoId, StringComparison.Ordinal) && r.Path.EndsWith("/callback", StringComparison.Ordinal), Ct);

        Assert.Contains("Rufus Firefly", callback.Json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(services.Logs.Entries, e => e.Level >= LogLevel.Error);
    }
}
