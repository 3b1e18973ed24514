using BriefBot.Discord.Rendering;
using BriefBot.Discord.Rest;
using BriefBot.TestKit.Discord;
using Xunit;

namespace BriefBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private const string Channel = InteractionPayloads.ChannelId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DiscordMessage Hello => new() { Content = "hello" };

    private static bool ToChannel(RecordedRequest r) => r.Path.EndsWith($"/channels/{Channel}/messages", StringComparison.Ordinal);

    [Fact]
    public async Task Every_call_identifies_as_a_bot_with_its_token_and_a_json_body()
    {
        await using var discord = await DiscordServices.StartAsync([]);

        await discord.Rest.CreateMessageAsync(Channel, Hello, Ct);

        var request = Assert.Single(discord.Discord.Requests);
        Assert.Equal("DiscordBot (https://github.com/briefbot/briefbot, 1.0)", request.Header("User-Agent"));
        Assert.Equal("Bot test-bot-token", request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("""{"content":"hello","embeds":[],"components":[],"allowed_mentions":{"parse":[]}}""", request.Body);
    }

    [Fact]
    public async Task A_429_is_waited_out_for_retry_after_then_retried()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        discord.Discord.Enqueue(FakeResponse.RateLimited(1.5));

        var sending = discord.Rest.CreateMessageAsync(Channel, Hello, Ct);
        await discord.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1.5), Ct);
        await sending;

        Assert.Equal(2, discord.Discord.Requests.Count(ToChannel));
    }

    [Fact]
    public async Task A_429_whose_body_has_no_retry_after_waits_for_the_retry_after_header()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        discord.Discord.Enqueue(new FakeResponse { Status = 429, Body = """{"message":"You are being rate limited."}""", Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["Retry-After"] = "4" } });

        var sending = discord.Rest.CreateMessageAsync(Channel, Hello, Ct);
        await discord.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(4), Ct);
        await sending;

        Assert.Equal(2, discord.Discord.Requests.Count(ToChannel));
    }

    [Fact]
    public async Task A_global_429_holds_every_route_until_it_passes()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        discord.Discord.Enqueue(FakeResponse.RateLimited(4, global: true));

        var first = discord.Rest.CreateMessageAsync(Channel, Hello, Ct);
        await discord.Time.WhenTimerAsync(d => d == TimeSpan.FromSeconds(4), Ct);
        var second = discord.Rest.GetCommandsAsync(InteractionPayloads.ApplicationId, null, Ct);
        await discord.Time.WhenTimerAsync(d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(4), Ct);
        var requestsWhileHeld = discord.Discord.Requests.Count;
        discord.Time.Advance(TimeSpan.FromSeconds(4));
        await Task.WhenAll(first, second);

        Assert.Equal(1, requestsWhileHeld);
        Assert.Equal(3, discord.Discord.Requests.Count);
    }

    [Fact]
    public async Task An_empty_bucket_delays_the_next_call_until_it_resets()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        discord.Discord.Enqueue(FakeResponse.EmptyBucket(3));
        await discord.Rest.CreateMessageAsync(Channel, Hello, Ct);

        var next = discord.Rest.CreateMessageAsync(Channel, Hello, Ct);
        await discord.Time.WhenTimerAsync(d => d == TimeSpan.FromSeconds(3), Ct);
        var beforeReset = discord.Discord.Requests.Count;
        discord.Time.Advance(TimeSpan.FromSeconds(3));
        await next;

        Assert.Equal(1, beforeReset);
        Assert.Equal(2, discord.Discord.Requests.Count);
    }

    [Fact]
    public async Task A_bucket_that_resets_past_the_call_budget_fails_the_call_at_once_without_sending()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        discord.Discord.Enqueue(FakeResponse.EmptyBucket(600));
        await discord.Rest.CreateMessageAsync(Channel, Hello, Ct);

        var refused = await Assert.ThrowsAsync<DiscordRestException>(() => discord.Rest.CreateMessageAsync(Channel, Hello, Ct));

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(1, discord.Discord.Requests.Count(ToChannel));
    }

    [Fact]
    public async Task A_server_error_is_retried_with_backoff()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        discord.Discord.Enqueue(FakeResponse.ServerError(502)).Enqueue(FakeResponse.ServerError(500));

        var sending = discord.Rest.CreateMessageAsync(Channel, Hello, Ct);
        await discord.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1), Ct);
        await discord.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(2), Ct);
        await sending;

        Assert.Equal(3, discord.Discord.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_given_up_on_after_five_attempts()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        for (var i = 0; i < DiscordRestClient.MaxAttempts; i++)
        {
            discord.Discord.Enqueue(FakeResponse.ServerError());
        }

        var sending = discord.Rest.CreateMessageAsync(Channel, Hello, Ct);
        foreach (var seconds in new[] { 1, 2, 4, 8 })
        {
            await discord.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(seconds), Ct);
        }

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => sending);
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.Status);
        Assert.Equal(DiscordRestClient.MaxAttempts, discord.Discord.Requests.Count);
    }

    [Fact]
    public async Task An_oversize_embed_is_refused_with_50035_and_not_retried()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        var oversize = new DiscordMessage { Embeds = [new Embed { Title = new string('t', 300) }] };

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => discord.Rest.CreateMessageAsync(Channel, oversize, Ct));

        Assert.Equal(50035, error.Code);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.Status);
        Assert.Single(discord.Discord.Requests);
    }

    [Fact]
    public async Task A_missing_permission_is_reported_with_its_code_and_not_retried()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        discord.Discord.Enqueue(FakeResponse.Error(403, 50013, "Missing Permissions"));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => discord.Rest.CreateMessageAsync(Channel, Hello, Ct));

        Assert.Equal(50013, error.Code);
        Assert.Single(discord.Discord.Requests);
    }

    [Fact]
    public async Task A_hanging_server_is_abandoned_when_the_caller_cancels()
    {
        await using var discord = await DiscordServices.StartAsync([]);
        discord.Discord.Enqueue(FakeResponse.Hang());
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var sending = discord.Rest.CreateMessageAsync(Channel, Hello, cancel.Token);
        await discord.Discord.WaitForRequestAsync(ToChannel, Ct);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Fact]
    public async Task The_interaction_token_is_in_the_webhook_path_and_no_bot_token_is_sent()
    {
        await using var discord = await DiscordServices.StartAsync([]);

        await discord.Rest.CreateFollowUpAsync(InteractionPayloads.ApplicationId, "tok/en", Hello, Ct);

        var request = Assert.Single(discord.Discord.Requests);
        Assert.Equal($"/api/v10/webhooks/{InteractionPayloads.ApplicationId}/tok%2Fen", request.Path);
        Assert.Null(request.Header("Authorization"));
    }
}
