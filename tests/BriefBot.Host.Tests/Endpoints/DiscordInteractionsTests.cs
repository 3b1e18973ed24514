using System.Net;
using System.Text.Json;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Core.State;
using Microsoft.Extensions.DependencyInjection;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Discord;
using Xunit;
using static BriefBot.TestKit.Discord.InteractionPayloads;
using BriefBot.TestKit.Time;

namespace BriefBot.Host.Tests.Endpoints;

public sealed class DiscordInteractionsTests
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
        Sections = [new ReplySection { Heading = request.Text, Lines = [new ReplyLine(new TextSpan(request.Text))] }],
        Sources = [new ReplySource { Number = 1, ArticleTitle = request.Text }],
    }));

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

    [Fact]
    public async Task A_ping_is_answered_with_a_json_pong()
    {
        await using var host = await DiscordHost.StartAsync([]);

        using var response = await host.PostAsync(Ping());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("missing")]
    [InlineData("garbage")]
    public async Task An_interaction_with_a_bad_or_missing_signature_is_rejected_with_401(string how)
    {
        await using var host = await DiscordHost.StartAsync([]);

        using var response = await host.PostAsync(Ping(), real => how switch
        {
            "flip" => (real[0] == 'a' ? "b" : "a") + real[1..],
            "missing" => null,
            _ => "not-a-signature",
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("at BriefBot", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{{{")]
    [InlineData("{\"type\":42}")]
    [InlineData("{\"type\":2,\"token\":\"t\"}")]
    public async Task A_signed_but_garbled_or_unknown_interaction_gets_a_400_not_a_500(string body)
    {
        await using var host = await DiscordHost.StartAsync([]);

        using var response = await host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_oversize_body_is_refused_with_413_before_anything_is_read()
    {
        await using var host = await DiscordHost.StartAsync([]);

        using var response = await host.PostAsync("{\"type\":1,\"pad\":\"" + new string('x', 300 * 1024) + "\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Who_answers_with_a_public_embed_that_cannot_ping()
    {
        await using var host = await DiscordHost.StartAsync([new ScriptedCommandHandler("who", Card("Quentin Hale"))]);

        using var response = await host.PostAsync(Command("who", ("name", "Quentin Hale")));
        var json = await JsonOf(response);

        Assert.Equal(4, json.GetProperty("type").GetInt32());
        var data = json.GetProperty("data");
        Assert.Equal("Quentin Hale", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal("""{"parse":[]}""", data.GetProperty("allowed_mentions").GetRawText());
        Assert.False(data.TryGetProperty("flags", out _));
        Assert.Empty(DiscordRules.Message(data));
    }

    [Fact]
    public async Task Timeline_reaches_the_command_with_its_options_in_declared_order()
    {
        var timeline = new ScriptedCommandHandler("timeline", Card("March 2026"));
        await using var host = await DiscordHost.StartAsync([timeline]);

        using var response = await host.PostAsync(Command("timeline", ("actor", "Iran"), ("period", "2026-03")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(timeline.Requests);
        Assert.Equal(("2026-03 Iran", Platform.Discord, GuildId), (request.Text, request.Platform, request.TeamId));
    }

    [Fact]
    public async Task Autocomplete_answers_with_suggestions()
    {
        var who = new ScriptedCommandHandler("who", Card("x")) { Suggest = (_, typed) => [new Suggestion($"{typed}yev (person)", $"{typed}yev")] };
        await using var host = await DiscordHost.StartAsync([who]);

        using var response = await host.PostAsync(Autocomplete("who", "name", "Ali"));
        var json = await JsonOf(response);

        Assert.Equal("""{"type":8,"data":{"choices":[{"name":"Aliyev (person)","value":"Aliyev"}]}}""", json.GetRawText());
    }

    [Fact]
    public async Task Choosing_a_candidate_updates_the_message_with_that_card()
    {
        var who = new ScriptedCommandHandler("who", (request, _) => Task.FromResult(request.Text == "id:ilham-aliyev"
            ? Card("Ilham Aliyev")
            : new Reply { Kind = ReplyKind.Choice, Title = "Which Aliyev?", Choices = [new ReplyChoice("Ilham Aliyev", null, "/who id:ilham-aliyev")] }));
        await using var host = await DiscordHost.StartAsync([who]);

        using var asked = await host.PostAsync(Command("who", ("name", "Aliyev")));
        var menu = (await JsonOf(asked)).GetProperty("data").GetProperty("components")[0].GetProperty("components")[0];
        using var picked = await host.PostAsync(Select(menu.GetProperty("options")[0].GetProperty("value").GetString()!));
        var json = await JsonOf(picked);

        Assert.Equal(7, json.GetProperty("type").GetInt32());
        Assert.Equal("Ilham Aliyev", json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_next_button_pages_through_a_long_timeline()
    {
        var timeline = new ScriptedCommandHandler("timeline", (request, _) =>
        {
            var page = request.Text.EndsWith("page:2", StringComparison.Ordinal) ? 2 : 1;
            return Task.FromResult(Card($"Page {page}") with { Paging = new ReplyPaging(page, 2, page == 2 ? "/timeline 2026" : null, page == 1 ? "/timeline 2026 page:2" : null) });
        });
        await using var host = await DiscordHost.StartAsync([timeline]);

        using var first = await host.PostAsync(Command("timeline", ("period", "2026")));
        var next = (await JsonOf(first)).GetProperty("data").GetProperty("components")[0].GetProperty("components")[2].GetProperty("custom_id").GetString()!;
        using var second = await host.PostAsync(Button(next));
        var json = await JsonOf(second);

        Assert.Equal((7, "Page 2"), (json.GetProperty("type").GetInt32(), json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_and_then_patched_into_the_original_response()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var who = ScriptedCommandHandler.Blocked("who", release.Task);
        await using var host = await DiscordHost.StartAsync([who]);

        var posting = host.PostAsync(Command("who", ("name", "Hale")));
        await who.Started.WaitAsync(Ct);
        host.Time.Advance(TimeSpan.FromSeconds(2));
        using var deferred = await posting;
        release.SetResult(Card("Worth the wait"));
        var edit = await host.Discord.WaitForRequestAsync(r => r.Method == "PATCH", Ct);

        Assert.Equal("""{"type":5}""", await deferred.Content.ReadAsStringAsync(Ct));
        Assert.Matches($"^/api/v10/webhooks/{InteractionPayloads.ApplicationId}/[^/]+/messages/@original$", edit.Path);
        Assert.Equal("Worth the wait", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(0, edit.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task A_slow_answer_is_kept_in_bot_state_with_its_token_until_it_is_sent()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var who = ScriptedCommandHandler.Blocked("who", release.Task);
        await using var host = await DiscordHost.StartAsync([who]);
        var state = host.App.Services.GetRequiredService<IBotState>();
        var payload = Command("who", ("name", "Hale"));

        var posting = host.PostAsync(payload);
        await who.Started.WaitAsync(Ct);
        host.Time.Advance(TimeSpan.FromSeconds(2));
        using var deferred = await posting;
        var whileWorking = state.DeferredAnswers.All();
        release.SetResult(Card("Worth the wait"));
        await host.Discord.WaitForRequestAsync(r => r.Method == "PATCH", Ct);
        await Until(() => state.DeferredAnswers.All().Count == 0);

        var record = Assert.Single(whileWorking);
        Assert.Equal(("discord", "who", "Hale", InteractionPayloads.ApplicationId), (record.Platform, record.Command, record.Text, record.Route));
        Assert.Equal(JsonDocument.Parse(payload).RootElement.GetProperty("token").GetString(), record.Target);
        Assert.Equal(host.Time.GetUtcNow().UtcDateTime.AddMinutes(14), record.AnswerExpiresUtc, TimeSpan.FromSeconds(3));
    }

    private static Task Until(Func<bool> condition) => Eventually.Until(condition, TimeSpan.FromSeconds(30), Ct);

    [Fact]
    public async Task A_rate_limited_follow_up_is_retried_after_retry_after()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var who = ScriptedCommandHandler.Blocked("who", release.Task);
        await using var host = await DiscordHost.StartAsync([who]);
        host.Discord.Enqueue(FakeResponse.RateLimited(1.25, pathContains: "@original"));

        var posting = host.PostAsync(Command("who", ("name", "Hale")));
        await who.Started.WaitAsync(Ct);
        host.Time.Advance(TimeSpan.FromSeconds(2));
        using var deferred = await posting;
        release.SetResult(Card("Eventually"));
        await host.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1.25), Ct);
        var edits = await host.Discord.WaitForRequestsAsync(2, r => r.Method == "PATCH", Ct);

        Assert.Equal(2, edits.Count);
        Assert.Equal(edits[0].Body, edits[1].Body);
    }

    [Theory]
    [InlineData("@everyone look <script>alert(1)</script> **bold** [x](https://evil.example) <@123> @here")]
    [InlineData("# Heading\n> quote\n```code```||spoiler||")]
    public async Task Hostile_input_comes_back_inert_and_never_pings(string hostile)
    {
        await using var host = await DiscordHost.StartAsync([Echo("who")]);

        using var response = await host.PostAsync(Command("who", ("name", hostile)));
        var data = (await JsonOf(response)).GetProperty("data");
        var shown = string.Join("\n", Texts(data.GetProperty("embeds")));

        Assert.Empty(DiscordRules.Message(data));
        Assert.Equal("""{"parse":[]}""", data.GetProperty("allowed_mentions").GetRawText());
        Assert.DoesNotMatch("@(everyone|here)", shown);
        Assert.DoesNotMatch(@"<@[!&]?\d", shown);
        Assert.DoesNotMatch(@"(?<!\\)(<script|\]\(https://evil|\*\*bold|^#|^>|```|\|\|)", shown.Replace("\n", " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ten_kilobytes_of_input_get_a_polite_ephemeral_answer()
    {
        var echo = Echo("who");
        await using var host = await DiscordHost.StartAsync([echo]);

        using var response = await host.PostAsync(Command("who", ("name", string.Concat(Enumerable.Repeat("@everyone ", 1024)))));
        var data = (await JsonOf(response)).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Empty(echo.Requests);
        Assert.Empty(DiscordRules.Message(data));
    }

    [Fact]
    public async Task With_a_bot_token_the_commands_are_registered_at_start()
    {
        await using var host = await DiscordHost.StartAsync([], withBotToken: true);

        var put = await host.Discord.WaitForRequestAsync(r => r.Method == "PUT", Ct);

        Assert.Equal($"/api/v10/applications/{InteractionPayloads.ApplicationId}/commands", put.Path);
        Assert.Equal("Bot test-bot-token", put.Header("Authorization"));
        Assert.Empty(DiscordRules.Commands(put.Json));
    }

    [Fact]
    public async Task Without_Discord_settings_the_host_runs_and_has_no_interactions_endpoint()
    {
        await using var host = await DiscordHost.StartAsync([], withDiscord: false);

        using var response = await host.PostAsync(Ping());
        using var health = await host.Http.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Texts(p.Value)),
        _ => [],
    };
}
