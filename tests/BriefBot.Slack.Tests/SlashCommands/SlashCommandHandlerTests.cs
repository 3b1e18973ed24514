using System.Text.Json;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Slack.SlashCommands;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Slack;
using Xunit;
using static BriefBot.TestKit.Slack.SlackPayloads;

namespace BriefBot.Slack.Tests.SlashCommands;

public sealed class SlashCommandHandlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Json(SlackResult result) => JsonDocument.Parse(result.Json).RootElement;

    [Fact]
    public async Task A_fast_answer_goes_inline_and_in_the_channel()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var slack = await SlackServices.StartAsync([who]);

        var result = await slack.CommandAsync(Command("/who", "Quentin Hale", slack.Slack.NewResponseUrl()));
        var json = Json(result);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("in_channel", json.GetProperty("response_type").GetString());
        Assert.Equal("Quentin Hale", json.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Empty(SlackRules.Message(json));
    }

    [Fact]
    public async Task The_neutral_request_carries_text_requester_channel_and_team()
    {
        var timeline = new ScriptedCommandHandler("timeline", Replies.Answer());
        await using var slack = await SlackServices.StartAsync([timeline]);

        await slack.CommandAsync(Command("/timeline", "  2026-03 Iran ", slack.Slack.NewResponseUrl()));

        var request = Assert.Single(timeline.Requests);
        Assert.Equal(("timeline", "2026-03 Iran", Platform.Slack), (request.Command, request.Text, request.Platform));
        Assert.Equal((UserId, ChannelId, TeamId), (request.UserId, request.ChannelId, request.TeamId));
        Assert.Empty(request.Options);
        Assert.True(request.CanManageChannel, "with no admin list, everyone may manage the channel's digests");
    }

    [Fact]
    public async Task With_an_admin_list_others_may_not_manage_the_channel()
    {
        var timeline = new ScriptedCommandHandler("timeline", Replies.Answer());
        await using var slack = await SlackServices.StartAsync([timeline], new Dictionary<string, string?> { ["Slack:Admins:0"] = "U0BOSS" });

        await slack.CommandAsync(Command("/timeline", "2026-03", slack.Slack.NewResponseUrl()));

        Assert.False(Assert.Single(timeline.Requests).CanManageChannel);
    }

    [Fact]
    public async Task Configured_command_names_map_to_the_neutral_commands()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var slack = await SlackServices.StartAsync([who], new Dictionary<string, string?> { ["Slack:WhoCommand"] = "/briefwho" });

        var renamed = await slack.CommandAsync(Command("/briefwho", "Hale", slack.Slack.NewResponseUrl()));
        var old = await slack.CommandAsync(Command("/who", "Hale", slack.Slack.NewResponseUrl()));

        Assert.Equal("in_channel", Json(renamed).GetProperty("response_type").GetString());
        Assert.Single(who.Requests);
        Assert.Equal("ephemeral", Json(old).GetProperty("response_type").GetString());
        Assert.Contains("/briefwho", SlackRules.AllText(Json(old)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_may_manage_the_channel()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var slack = await SlackServices.StartAsync([who], new Dictionary<string, string?> { ["Slack:Admins:0"] = "U0BOSS" });

        await slack.CommandAsync(Command("/who", "Hale", slack.Slack.NewResponseUrl(), userId: "U0BOSS"));
        await slack.CommandAsync(Command("/who", "Hale", slack.Slack.NewResponseUrl()));

        Assert.Equal([true, false], who.Requests.Select(r => r.CanManageChannel));
    }

    [Theory]
    [InlineData("/who", "/who &lt;name&gt;")]
    [InlineData("/timeline", "/timeline &lt;period&gt; [actor]")]
    public async Task A_command_without_text_gets_short_ephemeral_usage_help(string command, string usage)
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var slack = await SlackServices.StartAsync([who]);

        var json = Json(await slack.CommandAsync(Command(command, "   ", slack.Slack.NewResponseUrl())));

        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Contains(usage, SlackRules.AllText(json), StringComparison.Ordinal);
        Assert.Empty(who.Requests);
        Assert.Empty(SlackRules.Message(json));
    }

    [Fact]
    public async Task Usage_help_shows_the_commands_own_shelf_examples_under_the_configured_name()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer()) { Examples = ["/who Quentin Hale", "/who Port Marl"] };
        await using var slack = await SlackServices.StartAsync([who], new Dictionary<string, string?> { ["Slack:WhoCommand"] = "/briefwho" });

        var text = SlackRules.AllText(Json(await slack.CommandAsync(Command("/briefwho", "", slack.Slack.NewResponseUrl()))));

        Assert.Contains("/briefwho Quentin Hale", text, StringComparison.Ordinal);
        Assert.Contains("/briefwho Port Marl", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/who ", text, StringComparison.Ordinal);
        Assert.Empty(who.Requests);
    }

    [Fact]
    public async Task An_empty_digest_command_is_answered_by_the_command_not_with_timeline_help()
    {
        var digest = new ScriptedCommandHandler("digest", Replies.Answer("Which digest action?"));
        await using var slack = await SlackServices.StartAsync([digest]);

        var text = SlackRules.AllText(Json(await slack.CommandAsync(Command("/digest", "", slack.Slack.NewResponseUrl()))));

        Assert.Single(digest.Requests);
        Assert.DoesNotContain("/timeline", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_gets_a_polite_ephemeral_answer()
    {
        await using var slack = await SlackServices.StartAsync([]);

        var result = await slack.CommandAsync(Command("/digest", "subscribe", slack.Slack.NewResponseUrl()));

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("ephemeral", Json(result).GetProperty("response_type").GetString());
    }

    [Fact]
    public async Task A_failing_command_gets_an_ephemeral_apology_not_an_exception()
    {
        await using var slack = await SlackServices.StartAsync([ScriptedCommandHandler.Throwing("who")]);

        var json = Json(await slack.CommandAsync(Command("/who", "Hale", slack.Slack.NewResponseUrl())));

        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Equal("Something went wrong", json.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("text=hello")]
    [InlineData("command=who&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")]
    [InlineData("command=%2Fwho&response_url=javascript%3Aalert(1)")]
    [InlineData("command=%2Fwho&command=%2Ftimeline&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")]
    public async Task A_signed_but_unreadable_form_gets_a_400(string form)
    {
        await using var slack = await SlackServices.StartAsync([]);

        var result = await slack.CommandAsync(form);

        Assert.Equal(400, result.StatusCode);
    }

    [Fact]
    public async Task A_bad_signature_is_refused_with_401_before_the_form_is_read()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var slack = await SlackServices.StartAsync([who]);
        var (body, headers) = slack.Sign(Command("/who", "Hale", slack.Slack.NewResponseUrl()), null);

        var result = await slack.Commands.HandleAsync(body, headers with { Signature = "v0=" + new string('0', 64) }, Ct);

        Assert.Equal(401, result.StatusCode);
        Assert.Empty(who.Requests);
    }

    [Fact]
    public async Task Slacks_ssl_check_is_acknowledged_without_a_signature()
    {
        await using var slack = await SlackServices.StartAsync([]);

        var result = await slack.Commands.HandleAsync("ssl_check=1&token=x"u8.ToArray(), new SlackRequestHeaders(null, null), Ct);

        Assert.Equal((200, 0), (result.StatusCode, result.Json.Length));
    }

    [Fact]
    public async Task A_retry_of_an_answered_command_is_acknowledged_without_a_second_answer()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var slack = await SlackServices.StartAsync([who]);
        var form = Command("/who", "Hale", slack.Slack.NewResponseUrl());

        var first = await slack.CommandAsync(form);
        slack.Time.Advance(TimeSpan.FromMinutes(1));
        var retry = await slack.CommandAsync(form, retryNum: 1);

        Assert.NotEmpty(first.Json);
        Assert.Equal((200, 0), (retry.StatusCode, retry.Json.Length));
        Assert.Single(who.Requests);
    }

    [Fact]
    public async Task A_slow_answer_is_acknowledged_at_once_and_posted_to_the_response_url()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var who = ScriptedCommandHandler.Blocked("who", release.Task);
        await using var slack = await SlackServices.StartAsync([who]);
        var responseUrl = slack.Slack.NewResponseUrl();

        var answering = slack.CommandAsync(Command("/who", "Hale", responseUrl));
        await who.Started.WaitAsync(Ct);
        slack.Time.Advance(TimeSpan.FromSeconds(2));
        var ack = await answering;
        release.SetResult(Replies.Answer("Worth the wait"));
        var post = await slack.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct);

        Assert.Equal("ephemeral", Json(ack).GetProperty("response_type").GetString());
        Assert.Equal(Acknowledgement.WorkingText, Json(ack).GetProperty("text").GetString());
        Assert.Equal("in_channel", post.Json.GetProperty("response_type").GetString());
        Assert.Equal("Worth the wait", post.Json.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Null(post.Header("Authorization"));
        Assert.Empty(SlackRules.Message(post.Json));
    }

    [Fact]
    public async Task Ten_kilobytes_of_text_get_a_polite_ephemeral_answer()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var slack = await SlackServices.StartAsync([who]);

        var json = Json(await slack.CommandAsync(Command("/who", string.Concat(Enumerable.Repeat("<!everyone> ", 900)), slack.Slack.NewResponseUrl())));

        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Empty(who.Requests);
        Assert.Empty(SlackRules.Message(json));
    }
}
