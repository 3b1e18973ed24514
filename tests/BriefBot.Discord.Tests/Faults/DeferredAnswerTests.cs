using System.Text.Json.Nodes;
using BriefBot.Core.Replies;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Logging;
using Xunit;

namespace BriefBot.Discord.Tests.Faults;

public sealed class DeferredAnswerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Reply Late => new() { Kind = ReplyKind.Answer, Title = "Late answer" };

    [Fact]
    public async Task A_deferred_answer_that_cannot_be_posted_ends_in_a_logged_error()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var digest = ScriptedCommandHandler.Blocked("digest", release.Task);
        var logs = new RecordingLoggerProvider();
        await using var discord = await DiscordServices.StartAsync([digest], logs: logs);
        var payload = JsonNode.Parse(InteractionPayloads.Command("digest", ("action", "send")))!.AsObject();
        payload["application_id"] = "not-a-number";

        var pending = discord.SendAsync(payload.ToJsonString());
        await digest.Started.WaitAsync(Ct);
        discord.Time.Advance(TimeSpan.FromSeconds(2));
        var deferred = await pending;
        release.SetResult(Late);
        var failed = await logs.WhenLoggedAsync(e => e.EventId.Name == "DeferredAnswerFailed", Ct);

        Assert.True(deferred.IsSuccess);
        Assert.NotNull(failed.Exception);
    }

    [Fact]
    public async Task A_follow_up_edit_that_hangs_is_tried_again_within_the_token_lifetime()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var who = ScriptedCommandHandler.Blocked("who", release.Task);
        var logs = new RecordingLoggerProvider();
        await using var discord = await DiscordServices.StartAsync([who], logs: logs);
        discord.Discord.Enqueue(FakeResponse.Hang("@original"));

        var pending = discord.SendAsync(InteractionPayloads.Command("who", ("name", "Hale")));
        await who.Started.WaitAsync(Ct);
        discord.Time.Advance(TimeSpan.FromSeconds(2));
        await pending;
        release.SetResult(Late);
        await discord.Discord.WaitForRequestAsync(r => r.Method == "PATCH", Ct);
        await discord.Time.AdvanceWhenWaitingAsync(AnswerRetry.AttemptTimeout, Ct);
        await discord.Time.AdvanceWhenWaitingAsync(AnswerRetry.FirstDelay, Ct);
        await logs.WhenLoggedAsync(e => e.EventId.Name == "DeferredAnswerDelivered", Ct);

        var edits = discord.Discord.Requests.Where(r => r.Method == "PATCH").ToList();
        Assert.Equal(2, edits.Count);
        Assert.Equal("Late answer", edits[1].Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }
}
