using System.Net;
using System.Text.Json;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Core.State;
using Microsoft.Extensions.DependencyInjection;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Slack;
using Xunit;
using static BriefBot.TestKit.Slack.SlackPayloads;
using BriefBot.TestKit.Time;

namespace BriefBot.Host.Tests.Endpoints;

public sealed class SlackCommandsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Reply Card(string title) => new()
    {
        Kind = ReplyKind.Answer,
        Title = title,
        Summary = "A card.",
        Sections = [new ReplySection { Heading = "Roles", Lines = [new ReplyLine(new TextSpan("Admiral"))] }],
    };

    /// <summary>Answers with whatever was typed, everywhere a reply has text: the hostile-input probe.</summary>
    private static ScriptedCommandHandler Echo(string name) => new(name, (request, _) => Task.FromResult(new Reply
    {
        Kind = ReplyKind.Answer,
        Title = request.Text,
        Summary = request.Text,
        Sections = [new ReplySection { Heading = request.Text, Lines = [new ReplyLine(new TextSpan(request.Text), new StrongSpan(request.Text))] }],
        Sources = [new ReplySource { Number = 1, ArticleTitle = request.Text, Publisher = request.Text }],
        Choices = [new ReplyChoice(request.Text, request.Text, "/who id:x")],
    }));

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

    private static string Title(JsonElement message) => message.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString()!;

    [Fact]
    public async Task Who_answers_inline_in_the_channel()
    {
        var who = new ScriptedCommandHandler("who", Card("Quentin Hale"));
        await using var host = await SlackHost.StartAsync([who]);

        using var response = await host.CommandAsync(Command("/who", "Quentin Hale", host.Slack.NewResponseUrl()));
        var json = await JsonOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("in_channel", "Quentin Hale"), (json.GetProperty("response_type").GetString(), Title(json)));
        Assert.Equal(("who", "Quentin Hale", Platform.Slack), (who.Requests.Single().Command, who.Requests.Single().Text, who.Requests.Single().Platform));
        Assert.Empty(SlackRules.Message(json));
    }

    [Fact]
    public async Task Timeline_answers_inline_with_its_period_and_actor()
    {
        var timeline = new ScriptedCommandHandler("timeline", Card("March 2026"));
        await using var host = await SlackHost.StartAsync([timeline]);

        using var response = await host.CommandAsync(Command("/timeline", "2026-03 Iran", host.Slack.NewResponseUrl()));

        Assert.Equal("March 2026", Title(await JsonOf(response)));
        Assert.Equal(("timeline", "2026-03 Iran", TeamId), (timeline.Requests.Single().Command, timeline.Requests.Single().Text, timeline.Requests.Single().TeamId));
    }

    [Fact]
    public async Task A_slow_answer_is_acknowledged_at_once_and_then_posted_to_the_response_url()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var who = ScriptedCommandHandler.Blocked("who", release.Task);
        await using var host = await SlackHost.StartAsync([who]);
        var responseUrl = host.Slack.NewResponseUrl();

        var posting = host.CommandAsync(Command("/who", "Hale", responseUrl));
        await who.Started.WaitAsync(Ct);
        host.Time.Advance(TimeSpan.FromSeconds(2));
        using var ack = await posting;
        var ackJson = await JsonOf(ack);
        Assert.Empty(host.Slack.PostsTo(responseUrl));
        release.SetResult(Card("Worth the wait"));
        var answer = await host.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct);

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("ephemeral", ackJson.GetProperty("response_type").GetString());
        Assert.Equal(("in_channel", "Worth the wait"), (answer.Json.GetProperty("response_type").GetString(), Title(answer.Json)));
        Assert.Empty(SlackRules.Message(answer.Json));
    }

    [Fact]
    public async Task A_slow_answer_is_kept_in_bot_state_with_its_response_url_until_it_is_posted()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var who = ScriptedCommandHandler.Blocked("who", release.Task);
        await using var host = await SlackHost.StartAsync([who]);
        var state = host.App.Services.GetRequiredService<IBotState>();
        var responseUrl = host.Slack.NewResponseUrl();

        var posting = host.CommandAsync(Command("/who", "Hale", responseUrl));
        await who.Started.WaitAsync(Ct);
        host.Time.Advance(TimeSpan.FromSeconds(2));
        using var ack = await posting;
        var whileWorking = state.DeferredAnswers.All();
        release.SetResult(Card("Worth the wait"));
        await host.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct);
        await Until(() => state.DeferredAnswers.All().Count == 0);

        var record = Assert.Single(whileWorking);
        Assert.Equal(("slack", "who", "Hale", responseUrl.AbsoluteUri), (record.Platform, record.Command, record.Text, record.Target));
        Assert.Equal(host.Time.GetUtcNow().UtcDateTime.AddMinutes(29), record.AnswerExpiresUtc, TimeSpan.FromSeconds(3));
    }

    private static Task Until(Func<bool> condition) => Eventually.Until(condition, TimeSpan.FromSeconds(30), Ct);

    [Fact]
    public async Task A_choice_click_replaces_the_original_message_with_that_card()
    {
        var who = new ScriptedCommandHandler("who", (request, _) => Task.FromResult(request.Text == "id:ilham-aliyev"
            ? Card("Ilham Aliyev")
            : new Reply { Kind = ReplyKind.Choice, Title = "Which Aliyev?", Choices = [new ReplyChoice("Ilham Aliyev", "President", "/who id:ilham-aliyev")] }));
        await using var host = await SlackHost.StartAsync([who]);

        using var asked = await host.CommandAsync(Command("/who", "Aliyev", host.Slack.NewResponseUrl()));
        var button = (await JsonOf(asked)).GetProperty("blocks").EnumerateArray().First(b => b.TryGetProperty("accessory", out _)).GetProperty("accessory");
        var clickUrl = host.Slack.NewResponseUrl();
        using var ack = await host.PostAsync(SlackHost.Interactivity, Click(button.GetProperty("action_id").GetString()!, button.GetProperty("value").GetString()!, clickUrl));
        var replaced = await host.Slack.WaitForRequestAsync(r => r.Path == clickUrl.AbsolutePath, Ct);

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Empty(await ack.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(replaced.Json.GetProperty("replace_original").GetBoolean());
        Assert.Equal("Ilham Aliyev", Title(replaced.Json));
    }

    [Fact]
    public async Task A_next_button_pages_through_a_long_timeline()
    {
        var timeline = new ScriptedCommandHandler("timeline", (request, _) =>
        {
            var page = request.Text.EndsWith("page:2", StringComparison.Ordinal) ? 2 : 1;
            return Task.FromResult(Card($"Page {page}") with { Paging = new ReplyPaging(page, 2, page == 2 ? "/timeline 2026" : null, page == 1 ? "/timeline 2026 page:2" : null) });
        });
        await using var host = await SlackHost.StartAsync([timeline]);

        using var first = await host.CommandAsync(Command("/timeline", "2026", host.Slack.NewResponseUrl()));
        var next = (await JsonOf(first)).GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "actions").GetProperty("elements")[0];
        var clickUrl = host.Slack.NewResponseUrl();
        using var ack = await host.PostAsync(SlackHost.Interactivity, Click(next.GetProperty("action_id").GetString()!, next.GetProperty("value").GetString()!, clickUrl));
        var replaced = await host.Slack.WaitForRequestAsync(r => r.Path == clickUrl.AbsolutePath, Ct);

        Assert.Equal("Page 2", Title(replaced.Json));
        Assert.True(replaced.Json.GetProperty("replace_original").GetBoolean());
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("missing")]
    [InlineData("garbage")]
    [InlineData("v1")]
    public async Task A_request_with_a_bad_or_missing_signature_is_rejected_with_401(string how)
    {
        var who = new ScriptedCommandHandler("who", Card("x"));
        await using var host = await SlackHost.StartAsync([who]);

        using var command = await host.PostAsync(SlackHost.Commands, Command("/who", "Hale", host.Slack.NewResponseUrl()), Tamper(how));
        using var click = await host.PostAsync(SlackHost.Interactivity, Click("briefbot:choice:0", "/who x", host.Slack.NewResponseUrl()), Tamper(how));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (command.StatusCode, click.StatusCode));
        Assert.Equal("application/problem+json", command.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("at BriefBot", await command.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(who.Requests);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public async Task A_request_signed_more_than_five_minutes_away_is_rejected_with_401(int minutes)
    {
        var who = new ScriptedCommandHandler("who", Card("x"));
        await using var host = await SlackHost.StartAsync([who]);

        using var response = await host.PostAsync(SlackHost.Commands, Command("/who", "Hale", host.Slack.NewResponseUrl()), signedAt: host.Time.GetUtcNow().AddMinutes(minutes));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(who.Requests);
    }

    [Fact]
    public async Task A_retried_command_is_answered_once()
    {
        var who = new ScriptedCommandHandler("who", Card("Once"));
        await using var host = await SlackHost.StartAsync([who]);
        var form = Command("/who", "Hale", host.Slack.NewResponseUrl());

        using var first = await host.CommandAsync(form);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        using var retry = await host.CommandAsync(form, retryNum: 1);
        using var again = await host.CommandAsync(form, retryNum: 2);

        Assert.Equal("Once", Title(await JsonOf(first)));
        Assert.Equal((HttpStatusCode.OK, 0L), (retry.StatusCode, (await retry.Content.ReadAsByteArrayAsync(Ct)).LongLength));
        Assert.Equal((HttpStatusCode.OK, 0L), (again.StatusCode, (await again.Content.ReadAsByteArrayAsync(Ct)).LongLength));
        Assert.Single(who.Requests);
    }

    [Theory]
    [InlineData("<!everyone> look <!channel> <!here> <@U0ADMIN> <#C0GENERAL> <https://evil.example|click>")]
    [InlineData("@here @channel @everyone <script>alert(1)</script> & *bold* `code`")]
    public async Task Hostile_input_comes_back_inert_and_cannot_ping(string hostile)
    {
        await using var host = await SlackHost.StartAsync([Echo("who")]);

        using var response = await host.CommandAsync(Command("/who", hostile, host.Slack.NewResponseUrl()));
        var json = await JsonOf(response);
        var shown = SlackRules.AllText(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(SlackRules.Message(json));
        Assert.DoesNotContain("<!", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<#", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", shown, StringComparison.Ordinal);
        Assert.DoesNotMatch("@(here|channel|everyone)", shown);
    }

    [Fact]
    public async Task Ten_kilobytes_of_input_get_a_polite_ephemeral_answer()
    {
        var echo = Echo("who");
        await using var host = await SlackHost.StartAsync([echo]);

        using var response = await host.CommandAsync(Command("/who", string.Concat(Enumerable.Repeat("<!everyone> ", 900)), host.Slack.NewResponseUrl()));
        var json = await JsonOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Empty(echo.Requests);
        Assert.Empty(SlackRules.Message(json));
    }

    [Fact]
    public async Task Who_alone_gets_usage_help_for_the_asker()
    {
        await using var host = await SlackHost.StartAsync([Echo("who")]);

        using var response = await host.CommandAsync(Command("/who", "", host.Slack.NewResponseUrl()));
        var json = await JsonOf(response);

        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Contains("/who <name>", SlackRules.AllText(json).Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_gets_a_polite_ephemeral_answer_not_a_500()
    {
        await using var host = await SlackHost.StartAsync([Echo("who")]);

        using var response = await host.CommandAsync(Command("/digest", "subscribe", host.Slack.NewResponseUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ephemeral", (await JsonOf(response)).GetProperty("response_type").GetString());
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("text=hello")]
    [InlineData("command=%2Fwho&text=a&text=b&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")]
    public async Task A_signed_but_bad_form_gets_a_400_problem_not_a_500(string form)
    {
        await using var host = await SlackHost.StartAsync([Echo("who")]);

        using var response = await host.CommandAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_oversize_body_is_refused_with_413_before_anything_is_read()
    {
        await using var host = await SlackHost.StartAsync([Echo("who")]);

        using var response = await host.CommandAsync("text=" + new string('x', 100 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_failing_command_gets_an_ephemeral_apology()
    {
        await using var host = await SlackHost.StartAsync([ScriptedCommandHandler.Throwing("who")]);

        using var response = await host.CommandAsync(Command("/who", "Hale", host.Slack.NewResponseUrl()));
        var json = await JsonOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("ephemeral", "Something went wrong"), (json.GetProperty("response_type").GetString(), Title(json)));
    }

    [Fact]
    public async Task With_a_bot_token_the_token_is_checked_at_start()
    {
        await using var host = await SlackHost.StartAsync([], withBotToken: true);

        var check = await host.Slack.WaitForRequestAsync(r => r.Path == "/api/auth.test", Ct);

        Assert.Equal("Bearer " + FakeSlackServer.BotToken, check.Header("Authorization"));
    }

    [Fact]
    public async Task Without_Slack_settings_the_host_runs_and_has_no_slack_endpoints()
    {
        await using var host = await SlackHost.StartAsync([], withSlack: false);

        using var command = await host.CommandAsync(Command("/who", "Hale", host.Slack.NewResponseUrl()));
        using var click = await host.PostAsync(SlackHost.Interactivity, Click("briefbot:choice:0", "/who x", host.Slack.NewResponseUrl()));
        using var health = await host.Http.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (command.StatusCode, click.StatusCode));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static Func<string, string?> Tamper(string how) => real => how switch
    {
        "flip" => real[..^1] + (real[^1] == 'a' ? 'b' : 'a'),
        "missing" => null,
        "v1" => "v1" + real[2..],
        _ => "not-a-signature",
    };
}
