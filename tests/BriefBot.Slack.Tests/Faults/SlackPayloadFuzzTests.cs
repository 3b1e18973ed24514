using BriefBot.Slack.Tests.SocketMode;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Logging;
using BriefBot.TestKit.Slack;
using CsCheck;
using Microsoft.Extensions.Logging;
using Xunit;

namespace BriefBot.Slack.Tests.Faults;

/// <summary>
/// Signed but malformed Slack input, as a hostile or buggy sender could make it: over HTTP each slash command and
/// click gets a 4xx or a polite answer, never a 5xx; over Socket Mode each envelope is acknowledged; nothing is
/// logged at Error, and <c>/who</c> still answers afterwards.
/// </summary>
public sealed class SlackPayloadFuzzTests
{
    private const int Iterations = 300;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Signed_malformed_slash_commands_and_clicks_over_http_get_a_4xx_or_a_polite_answer_and_who_still_answers()
    {
        var logs = new RecordingLoggerProvider();
        await using var slack = await SlackServices.StartAsync(ScriptedCommandHandler.EveryCommandAnswering(), logs: logs);
        string Url() => Uri.EscapeDataString(slack.Slack.NewResponseUrl().AbsoluteUri);

        await SlackPayloadFuzz.CommandForm.SampleAsync(async form =>
        {
            var result = await slack.CommandAsync(form.Replace(SlackPayloadFuzz.ResponseUrlSlot, Url(), StringComparison.Ordinal));
            Assert.InRange(result.StatusCode, 200, 499);
        }, iter: Iterations, threads: 1);
        await SlackPayloadFuzz.ClickForm.SampleAsync(async form =>
        {
            var result = await slack.ClickAsync(form.Replace(Uri.EscapeDataString(SlackPayloadFuzz.ResponseUrlSlot), Uri.EscapeDataString(slack.Slack.NewResponseUrl().AbsoluteUri), StringComparison.Ordinal));
            Assert.InRange(result.StatusCode, 200, 499);
        }, iter: Iterations, threads: 1);
        var who = await slack.CommandAsync(SlackPayloads.Command("/who", "rufus firefly", slack.Slack.NewResponseUrl()));

        Assert.Equal(200, who.StatusCode);
        Assert.Contains("Rufus Firefly", System.Text.Encoding.UTF8.GetString(who.Json), StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Malformed_socket_mode_envelopes_are_each_acknowledged_and_who_still_answers()
    {
        var logs = new RecordingLoggerProvider();
        await using var rig = (await SocketModeRig.StartAsync(ScriptedCommandHandler.EveryCommandAnswering(), logs: logs)).Run();
        var connection = await rig.ConnectedAsync();

        await SlackPayloadFuzz.Envelope.SampleAsync(async envelope =>
        {
            var id = Guid.NewGuid().ToString();
            await connection.SendTextAsync(envelope
                .Replace(SlackPayloadFuzz.EnvelopeSlot, id, StringComparison.Ordinal)
                .Replace(SlackPayloadFuzz.ResponseUrlSlot, rig.Slack.NewResponseUrl().AbsoluteUri, StringComparison.Ordinal));
            await rig.Socket.WaitForAckAsync(id, Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
        }, iter: Iterations / 2, threads: 1);
        var ack = await rig.AckedAsync(connection, "slash_commands", SlackPayloads.CommandPayload("/who", "rufus firefly", rig.Slack.NewResponseUrl()));

        Assert.Contains("Rufus Firefly", ack.Payload?.GetRawText() ?? "", StringComparison.Ordinal);
        Assert.True(rig.State!.Connected);
        Assert.Single(rig.Socket.Connections);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }
}
