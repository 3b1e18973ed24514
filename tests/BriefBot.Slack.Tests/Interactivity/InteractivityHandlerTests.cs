using BriefBot.Core.Replies;
using BriefBot.Slack.Rendering;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Slack;
using Xunit;
using static BriefBot.TestKit.Slack.SlackPayloads;

namespace BriefBot.Slack.Tests.Interactivity;

public sealed class InteractivityHandlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ScriptedCommandHandler Who() => new("who", (request, _) => Task.FromResult(request.Text == "id:ilham-aliyev"
        ? Replies.Answer("Ilham Aliyev")
        : Replies.Choice(("Ilham Aliyev", "/who id:ilham-aliyev"))));

    [Fact]
    public async Task A_choice_click_is_acknowledged_empty_and_replaces_the_original_message()
    {
        var who = Who();
        await using var slack = await SlackServices.StartAsync([who]);
        var responseUrl = slack.Slack.NewResponseUrl();

        var ack = await slack.ClickAsync(Click(ActionIds.Choice + "0", "/who id:ilham-aliyev", responseUrl));
        var post = await slack.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct);

        Assert.Equal((200, 0), (ack.StatusCode, ack.Json.Length));
        Assert.True(post.Json.GetProperty("replace_original").GetBoolean());
        Assert.False(post.Json.TryGetProperty("response_type", out _));
        Assert.Equal("Ilham Aliyev", post.Json.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
        var request = Assert.Single(who.Requests);
        Assert.Equal(("who", "id:ilham-aliyev", UserId, ChannelId), (request.Command, request.Text, request.UserId, request.ChannelId));
    }

    [Fact]
    public async Task A_click_whose_answer_is_an_error_goes_to_the_clicker_alone()
    {
        await using var slack = await SlackServices.StartAsync([ScriptedCommandHandler.Throwing("timeline")]);
        var responseUrl = slack.Slack.NewResponseUrl();

        await slack.ClickAsync(Click(ActionIds.Next, "/timeline 2026 page:2", responseUrl));
        var post = await slack.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct);

        Assert.False(post.Json.GetProperty("replace_original").GetBoolean());
        Assert.Equal("ephemeral", post.Json.GetProperty("response_type").GetString());
    }

    [Theory]
    [InlineData("other-app-button", "/who x")]
    [InlineData(ActionIds.Next, "not a command")]
    public async Task A_click_on_something_that_is_not_a_briefbot_command_is_answered_politely(string actionId, string value)
    {
        var who = Who();
        await using var slack = await SlackServices.StartAsync([who]);
        var responseUrl = slack.Slack.NewResponseUrl();

        var ack = await slack.ClickAsync(Click(actionId, value, responseUrl));
        var post = await slack.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct);

        Assert.Equal(200, ack.StatusCode);
        Assert.Equal("ephemeral", post.Json.GetProperty("response_type").GetString());
        Assert.Empty(who.Requests);
    }

    [Fact]
    public async Task A_repeated_click_runs_once()
    {
        var who = Who();
        await using var slack = await SlackServices.StartAsync([who]);
        var form = Click(ActionIds.Choice + "0", "/who id:ilham-aliyev", slack.Slack.NewResponseUrl());

        await slack.ClickAsync(form);
        var again = await slack.ClickAsync(form);

        Assert.Equal((200, 0), (again.StatusCode, again.Json.Length));
        Assert.Single(who.Requests);
    }

    [Fact]
    public async Task Other_interaction_types_are_acknowledged_and_ignored()
    {
        await using var slack = await SlackServices.StartAsync([]);

        var result = await slack.ClickAsync(Form(("payload", """{"type":"shortcut","trigger_id":"1.2"}""")));

        Assert.Equal((200, 0), (result.StatusCode, result.Json.Length));
    }

    [Theory]
    [InlineData("payload=%7B%7B%7B")]
    [InlineData("nopayload=1")]
    [InlineData("payload=%7B%22type%22%3A%22block_actions%22%7D")]
    public async Task A_signed_but_unreadable_payload_gets_a_400(string form)
    {
        await using var slack = await SlackServices.StartAsync([]);

        var result = await slack.ClickAsync(form);

        Assert.Equal(400, result.StatusCode);
    }

    [Fact]
    public async Task A_click_with_a_bad_signature_is_refused_with_401()
    {
        var who = Who();
        await using var slack = await SlackServices.StartAsync([who]);
        var (body, headers) = slack.Sign(Click(ActionIds.Choice + "0", "/who id:ilham-aliyev", slack.Slack.NewResponseUrl()), null);

        var result = await slack.Interactivity.HandleAsync(body, headers with { Timestamp = SlackRequestSigner.Timestamp(slack.Time.GetUtcNow().AddMinutes(-6)) }, Ct);

        Assert.Equal(401, result.StatusCode);
        Assert.Empty(who.Requests);
    }

    [Fact]
    public async Task An_answer_that_Slack_refuses_is_logged_not_thrown()
    {
        await using var slack = await SlackServices.StartAsync([new ScriptedCommandHandler("who", new Reply { Kind = ReplyKind.Answer, Title = "x" })]);
        var responseUrl = slack.Slack.NewResponseUrl();
        slack.Slack.Enqueue(new FakeSlackResponse { Status = 404, Body = "expired_url", ContentType = "text/plain", PathContains = responseUrl.AbsolutePath });

        var ack = await slack.ClickAsync(Click(ActionIds.Choice + "0", "/who x", responseUrl));
        await slack.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct);

        Assert.Equal(200, ack.StatusCode);
        Assert.Single(slack.Slack.PostsTo(responseUrl));
    }
}
