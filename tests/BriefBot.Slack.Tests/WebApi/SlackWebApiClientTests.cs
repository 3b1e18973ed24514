using BriefBot.Slack.Rendering;
using BriefBot.Slack.WebApi;
using BriefBot.TestKit.Slack;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace BriefBot.Slack.Tests.WebApi;

public sealed class SlackWebApiClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SlackMessage Message(string title = "Quentin Hale") =>
        new SlackReplyRenderer(NullLogger<SlackReplyRenderer>.Instance).Render(Replies.Answer(title));

    [Fact]
    public async Task Auth_test_returns_the_workspace_and_bot_ids()
    {
        await using var slack = await SlackServices.StartAsync([]);

        var auth = await slack.WebApi.AuthTestAsync(Ct);

        Assert.Equal((FakeSlackServer.TeamId, FakeSlackServer.BotId, FakeSlackServer.BotUserId), (auth.TeamId, auth.BotId, auth.UserId));
    }

    [Fact]
    public async Task Post_message_sends_the_bearer_token_json_with_charset_and_no_unfurls()
    {
        await using var slack = await SlackServices.StartAsync([]);

        var posted = await slack.WebApi.PostMessageAsync("C0DIGEST", Message(), Ct);
        var request = Assert.Single(slack.Slack.Requests);

        Assert.Equal(("C0DIGEST", true), (posted.Channel, posted.Ts is { Length: > 0 }));
        Assert.Equal("/api/chat.postMessage", request.Path);
        Assert.Equal("Bearer " + FakeSlackServer.BotToken, request.Header("Authorization"));
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.False(request.Json.GetProperty("unfurl_links").GetBoolean());
        Assert.False(request.Json.TryGetProperty("response_type", out _));
        Assert.Empty(SlackRules.Message(request.Json));
    }

    [Fact]
    public async Task Post_ephemeral_reaches_one_user()
    {
        await using var slack = await SlackServices.StartAsync([]);

        var posted = await slack.WebApi.PostEphemeralAsync("C0DIGEST", "U0ANALYST", Message(), Ct);

        Assert.NotNull(posted.Ts);
        Assert.Equal("U0ANALYST", Assert.Single(slack.Slack.Requests).Json.GetProperty("user").GetString());
    }

    [Theory]
    [InlineData("channel_not_found", false)]
    [InlineData("not_in_channel", false)]
    [InlineData("invalid_auth", true)]
    [InlineData("account_inactive", true)]
    public async Task An_ok_false_answer_is_surfaced_by_its_error_name(string error, bool isTokenProblem)
    {
        await using var slack = await SlackServices.StartAsync([]);
        slack.Slack.Enqueue(FakeSlackResponse.Error(error));

        var refused = await Assert.ThrowsAsync<SlackApiException>(() => slack.WebApi.PostMessageAsync("C0DIGEST", Message(), Ct));

        Assert.Equal((error, isTokenProblem, "chat.postMessage"), (refused.Error, refused.IsTokenProblem, refused.Method));
        Assert.Single(slack.Slack.Requests);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_by_the_fake_as_invalid_auth()
    {
        await using var slack = await SlackServices.StartAsync([], new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-wrong" });

        var refused = await Assert.ThrowsAsync<SlackApiException>(() => slack.WebApi.AuthTestAsync(Ct));

        Assert.Equal("invalid_auth", refused.Error);
        Assert.DoesNotContain("xoxb-wrong", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blocks_over_the_limits_come_back_as_invalid_blocks_with_slacks_messages()
    {
        await using var slack = await SlackServices.StartAsync([]);
        var tooMany = Message() with { Blocks = [.. Enumerable.Repeat(Block.Divider(), 51)] };

        var refused = await Assert.ThrowsAsync<SlackApiException>(() => slack.WebApi.PostMessageAsync("C0DIGEST", tooMany, Ct));

        Assert.Equal("invalid_blocks", refused.Error);
        Assert.Contains(refused.Details, d => d.Contains("/blocks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_waits_retry_after_then_retries()
    {
        await using var slack = await SlackServices.StartAsync([]);
        slack.Slack.Enqueue(FakeSlackResponse.RateLimited(3));

        var posting = slack.WebApi.PostMessageAsync("C0DIGEST", Message(), Ct);
        await slack.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(3), Ct);
        await posting;

        Assert.Equal(2, slack.Slack.Requests.Count);
        Assert.Equal(slack.Slack.Requests[0].Body, slack.Slack.Requests[1].Body);
    }

    [Fact]
    public async Task A_429_with_retry_after_zero_still_waits_a_second_before_retrying()
    {
        await using var slack = await SlackServices.StartAsync([]);
        slack.Slack.Enqueue(FakeSlackResponse.RateLimited(0)).Enqueue(FakeSlackResponse.RateLimited(0));

        var posting = slack.WebApi.PostMessageAsync("C0DIGEST", Message(), Ct);
        await slack.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1), Ct);
        await slack.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1), Ct);
        await posting;

        Assert.Equal(3, slack.Slack.Requests.Count);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_growing_backoff()
    {
        await using var slack = await SlackServices.StartAsync([]);
        slack.Slack.Enqueue(FakeSlackResponse.ServerError(500)).Enqueue(FakeSlackResponse.ServerError(503));

        var posting = slack.WebApi.PostMessageAsync("C0DIGEST", Message(), Ct);
        await slack.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1), Ct);
        await slack.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(2), Ct);
        await posting;

        Assert.Equal(3, slack.Slack.Requests.Count);
    }

    [Fact]
    public async Task A_call_that_keeps_failing_gives_up_after_the_attempt_limit()
    {
        await using var slack = await SlackServices.StartAsync([]);
        for (var i = 0; i < SlackWebApiClient.MaxAttempts; i++)
        {
            slack.Slack.Enqueue(FakeSlackResponse.ServerError());
        }

        var posting = slack.WebApi.PostMessageAsync("C0DIGEST", Message(), Ct);
        for (var attempt = 1; attempt < SlackWebApiClient.MaxAttempts; attempt++)
        {
            await slack.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(Math.Pow(2, attempt - 1)), Ct);
        }

        var failed = await Assert.ThrowsAsync<SlackApiException>(() => posting);

        Assert.Equal(("http_500", 500), (failed.Error, failed.Status));
        Assert.Equal(SlackWebApiClient.MaxAttempts, slack.Slack.Requests.Count);
    }

    [Fact]
    public async Task A_response_url_post_carries_no_token()
    {
        await using var slack = await SlackServices.StartAsync([]);
        var url = slack.Slack.NewResponseUrl();

        await slack.WebApi.PostToResponseUrlAsync(url, Message(), Ct);

        var request = Assert.Single(slack.Slack.PostsTo(url));
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task A_response_url_refuses_a_sixth_use_and_the_error_is_named()
    {
        await using var slack = await SlackServices.StartAsync([]);
        var url = slack.Slack.NewResponseUrl();
        for (var i = 0; i < 5; i++)
        {
            await slack.WebApi.PostToResponseUrlAsync(url, Message(), Ct);
        }

        var refused = await Assert.ThrowsAsync<SlackApiException>(() => slack.WebApi.PostToResponseUrlAsync(url, Message(), Ct));

        Assert.Equal(("used_url", 404), (refused.Error, refused.Status));
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/internal/admin/delete")]
    [InlineData("https://hooks.slack.com.evil.example/commands/T1/1/x")]
    [InlineData("http://hooks.slack.com/commands/T1/1/x")]
    public async Task A_response_url_off_slacks_hosts_is_never_posted_to(string url)
    {
        await using var slack = await SlackServices.StartAsync([]);

        var refused = await Assert.ThrowsAsync<SlackApiException>(() => slack.WebApi.PostToResponseUrlAsync(new Uri(url), Message(), Ct));

        Assert.Equal("untrusted_response_url", refused.Error);
        Assert.Empty(slack.Slack.Requests);
    }
}
