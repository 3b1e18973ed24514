using System.Text;
using System.Text.Json;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Discord;
using Xunit;
using static BriefBot.TestKit.Discord.InteractionPayloads;

namespace BriefBot.Discord.Tests.Interactions;

public sealed class InteractionHandlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Json(BriefBot.Discord.Interactions.InteractionResult result) => JsonDocument.Parse(result.Json).RootElement;

    [Fact]
    public async Task A_ping_is_answered_with_a_pong()
    {
        await using var discord = await DiscordServices.StartAsync([]);

        var result = await discord.SendAsync(Ping());

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("""{"type":1}""", Encoding.UTF8.GetString(result.Json));
    }

    [Fact]
    public async Task An_interaction_with_a_bad_signature_is_rejected_with_401()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        var body = Encoding.UTF8.GetBytes(Ping());
        var timestamp = InteractionSigner.Timestamp(discord.Time.GetUtcNow());
        var signature = discord.Signer.Sign(timestamp, body);
        var tampered = Encoding.UTF8.GetBytes(Ping().Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal));

        var wrongBody = await discord.Handler.HandleAsync(tampered, signature, timestamp, Ct);
        var missing = await discord.Handler.HandleAsync(body, null, timestamp, Ct);
        var noTimestamp = await discord.Handler.HandleAsync(body, signature, null, Ct);
        var notHex = await discord.Handler.HandleAsync(body, new string('z', 128), timestamp, Ct);

        Assert.All([wrongBody, missing, noTimestamp, notHex], r => Assert.Equal(401, r.StatusCode));
    }

    [Fact]
    public async Task A_replayed_interaction_older_than_five_minutes_is_rejected_with_401()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        var body = Encoding.UTF8.GetBytes(Ping());
        var timestamp = InteractionSigner.Timestamp(discord.Time.GetUtcNow());
        var signature = discord.Signer.Sign(timestamp, body);
        var first = await discord.Handler.HandleAsync(body, signature, timestamp, Ct);

        discord.Time.Advance(TimeSpan.FromMinutes(6));
        var replay = await discord.Handler.HandleAsync(body, signature, timestamp, Ct);

        Assert.Equal(200, first.StatusCode);
        Assert.Equal(401, replay.StatusCode);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"type\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\":\"two\"}")]
    [InlineData("")]
    public async Task A_signed_but_garbled_body_is_rejected_with_400(string body)
    {
        await using var discord = await DiscordServices.StartAsync([]);

        var result = await discord.SendAsync(body);

        Assert.Equal(400, result.StatusCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    public async Task An_unknown_interaction_type_is_rejected_with_400(int type)
    {
        await using var discord = await DiscordServices.StartAsync([]);

        var result = await discord.SendAsync(OfType(type));

        Assert.Equal(400, result.StatusCode);
    }

    [Fact]
    public async Task A_modal_submission_gets_a_polite_ephemeral_message()
    {
        await using var discord = await DiscordServices.StartAsync([]);

        var json = Json(await discord.SendAsync(OfType(5)));

        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Timeline_options_fill_Options_and_Text_in_declared_order()
    {
        var timeline = new ScriptedCommandHandler("timeline", Replies.Answer());
        await using var discord = await DiscordServices.StartAsync([timeline]);

        await discord.SendAsync(Command("timeline", ("actor", "Iran"), ("period", "2026-03")));

        var request = Assert.Single(timeline.Requests);
        Assert.Equal("2026-03 Iran", request.Text);
        Assert.Equal("2026-03", request.Options["period"]);
        Assert.Equal("Iran", request.Options["actor"]);
        Assert.Equal(Platform.Discord, request.Platform);
    }

    [Fact]
    public async Task The_requester_guild_channel_and_manage_permission_reach_the_command()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var discord = await DiscordServices.StartAsync([who]);

        await discord.SendAsync(Command("who", ("name", "Quentin Hale")));

        var request = Assert.Single(who.Requests);
        Assert.Equal(("who", "Quentin Hale", UserId, ChannelId, GuildId, true), (request.Command, request.Text, request.UserId, request.ChannelId, request.TeamId, request.CanManageChannel));
    }

    [Fact]
    public async Task A_command_in_a_direct_message_reads_the_user_and_has_no_guild()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var discord = await DiscordServices.StartAsync([who]);

        await discord.SendAsync(InDirectMessage("who", ("name", "Hale")));

        var request = Assert.Single(who.Requests);
        Assert.Equal((UserId, (string?)null, false), (request.UserId, request.TeamId, request.CanManageChannel));
    }

    [Fact]
    public async Task An_answer_is_public_and_a_failure_is_a_polite_ephemeral_message()
    {
        await using var discord = await DiscordServices.StartAsync([new ScriptedCommandHandler("who", Replies.Answer()), ScriptedCommandHandler.Throwing("timeline")]);

        var answer = Json(await discord.SendAsync(Command("who", ("name", "Hale")))).GetProperty("data");
        var failure = Json(await discord.SendAsync(Command("timeline", ("period", "2026")))).GetProperty("data");

        Assert.False(answer.TryGetProperty("flags", out _));
        Assert.Equal(64, failure.GetProperty("flags").GetInt32());
        Assert.Equal("Something went wrong", failure.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.DoesNotContain("scripted failure", failure.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_gets_a_polite_ephemeral_reply()
    {
        await using var discord = await DiscordServices.StartAsync([new ScriptedCommandHandler("who", Replies.Answer())]);

        var json = Json(await discord.SendAsync(Command("digest", ("x", "y"))));

        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Autocomplete_passes_the_focused_option_and_what_was_typed()
    {
        var asked = new List<(string, string)>();
        var timeline = new ScriptedCommandHandler("timeline", Replies.Answer())
        {
            Suggest = (option, typed) =>
            {
                asked.Add((option, typed));
                return [new Suggestion("March 2026 (12 events)", "2026-03")];
            },
        };
        await using var discord = await DiscordServices.StartAsync([timeline]);

        var json = Json(await discord.SendAsync(Autocomplete("timeline", "period", "2026-0", ("actor", "Iran"))));

        Assert.Equal([("period", "2026-0")], asked);
        Assert.Equal(8, json.GetProperty("type").GetInt32());
        var choice = Assert.Single(json.GetProperty("data").GetProperty("choices").EnumerateArray());
        Assert.Equal(("March 2026 (12 events)", "2026-03"), (choice.GetProperty("name").GetString(), choice.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Autocomplete_sends_at_most_25_choices_within_Discords_length_limits()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer())
        {
            Suggest = (_, _) => [.. Enumerable.Range(0, 40).Select(i => new Suggestion(new string('n', 150) + i, i == 0 ? new string('v', 101) : "value" + i))],
        };
        await using var discord = await DiscordServices.StartAsync([who]);

        var data = Json(await discord.SendAsync(Autocomplete("who", "name", "n"))).GetProperty("data");

        Assert.Empty(DiscordRules.AutocompleteChoices(data));
        Assert.Equal(25, data.GetProperty("choices").GetArrayLength());
        Assert.DoesNotContain(data.GetProperty("choices").EnumerateArray(), c => c.GetProperty("value").GetString()!.Length > 100);
    }

    [Fact]
    public async Task Picking_a_choice_re_runs_its_command_and_updates_the_message()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer("Ilham Aliyev"));
        await using var discord = await DiscordServices.StartAsync([who]);

        var json = Json(await discord.SendAsync(Select("/who id:ilham-aliyev")));

        Assert.Equal(7, json.GetProperty("type").GetInt32());
        Assert.Equal("Ilham Aliyev", json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
        var request = Assert.Single(who.Requests);
        Assert.Equal(("who", "id:ilham-aliyev", UserId), (request.Command, request.Text, request.UserId));
    }

    [Fact]
    public async Task A_paging_button_re_runs_its_command()
    {
        var timeline = new ScriptedCommandHandler("timeline", Replies.Answer());
        await using var discord = await DiscordServices.StartAsync([timeline]);

        var json = Json(await discord.SendAsync(Button("/timeline 2026-03 page:2")));

        Assert.Equal(7, json.GetProperty("type").GetInt32());
        Assert.Equal("2026-03 page:2", Assert.Single(timeline.Requests).Text);
    }

    [Fact]
    public async Task A_click_whose_answer_is_not_found_goes_to_the_clicker_alone()
    {
        var notFound = new Reply { Kind = ReplyKind.NotFound, Title = "Not on the shelf", IsEphemeral = true };
        await using var discord = await DiscordServices.StartAsync([new ScriptedCommandHandler("who", notFound)]);

        var json = Json(await discord.SendAsync(Select("/who id:gone")));

        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Theory]
    [InlineData("inert:page")]
    [InlineData("something-else")]
    public async Task A_click_on_a_button_that_carries_no_command_is_answered_politely(string customId)
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var discord = await DiscordServices.StartAsync([who]);

        var json = Json(await discord.SendAsync(Button(customId)));

        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Empty(who.Requests);
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_then_delivered_by_editing_the_original_response()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var who = ScriptedCommandHandler.Blocked("who", release.Task);
        await using var discord = await DiscordServices.StartAsync([who]);

        var pending = discord.SendAsync(Command("who", ("name", "Hale")));
        await who.Started.WaitAsync(Ct);
        discord.Time.Advance(TimeSpan.FromSeconds(2));
        var deferred = Json(await pending);
        release.SetResult(Replies.Answer("Late answer"));
        var edit = await discord.Discord.WaitForRequestAsync(r => r.Method == "PATCH", Ct);

        Assert.Equal("""{"type":5}""", deferred.GetRawText());
        Assert.StartsWith($"/api/v10/webhooks/{InteractionPayloads.ApplicationId}/interaction-token-", edit.Path, StringComparison.Ordinal);
        Assert.EndsWith("/messages/@original", edit.Path, StringComparison.Ordinal);
        Assert.Equal("Late answer", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(0, edit.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Null(edit.Header("Authorization"));
    }

    [Fact]
    public async Task A_slow_click_is_acknowledged_with_a_deferred_update_then_edited()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var timeline = ScriptedCommandHandler.Blocked("timeline", release.Task);
        await using var discord = await DiscordServices.StartAsync([timeline]);

        var pending = discord.SendAsync(Button("/timeline 2026 page:3"));
        await timeline.Started.WaitAsync(Ct);
        discord.Time.Advance(TimeSpan.FromSeconds(2));
        var deferred = Json(await pending);
        release.SetResult(Replies.Answer("Page three"));
        var edit = await discord.Discord.WaitForRequestAsync(r => r.Method == "PATCH", Ct);

        Assert.Equal(6, deferred.GetProperty("type").GetInt32());
        Assert.Equal("Page three", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }
}
