using System.Text.Json;
using System.Text.Json.Nodes;
using BriefBot.Slack.SlashCommands;
using BriefBot.TestKit.Slack;
using Xunit;

namespace BriefBot.Slack.Tests.Faults;

public sealed class MalformedPayloadTests
{
    [Theory]
    [InlineData("[null]")]
    [InlineData("[null, {\"action_id\": null, \"value\": null}]")]
    public async Task A_signed_click_whose_actions_hold_nulls_is_acknowledged_politely_not_a_500(string actions)
    {
        await using var slack = await SlackServices.StartAsync([]);
        var payload = SlackPayloads.ClickPayload("briefbot:pick", "/who x", slack.Slack.NewResponseUrl());
        payload["actions"] = JsonNode.Parse(actions);

        var result = await slack.ClickAsync(SlackPayloads.Form(("payload", payload.ToJsonString())));

        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public async Task A_signed_click_with_a_lone_surrogate_is_refused_with_a_400_not_a_500()
    {
        await using var slack = await SlackServices.StartAsync([]);
        var json = SlackPayloads.ClickPayload("briefbot:pick", "/who x", slack.Slack.NewResponseUrl()).ToJsonString().Replace("\"block_actions\"", "\"\\ud800\"", StringComparison.Ordinal);

        var result = await slack.ClickAsync(SlackPayloads.Form(("payload", json)));

        Assert.InRange(result.StatusCode, 200, 499);
    }

    [Fact]
    public void A_socket_mode_command_field_holding_a_lone_surrogate_is_left_out_instead_of_throwing()
    {
        using var payload = JsonDocument.Parse("{\"command\":\"/who\",\"text\":\"\\ud800\",\"response_url\":\"https://hooks.slack.com/commands/T1/1/x\"}");

        var form = SlashCommandForm.From(payload.RootElement);

        Assert.Equal(("/who", ""), (form!.Command, form.Text));
    }
}
