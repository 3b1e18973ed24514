using BriefBot.Core.Replies;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Discord;
using Xunit;
using static BriefBot.TestKit.Discord.InteractionPayloads;

namespace BriefBot.Discord.Tests.Gateway;

public sealed class GatewayInteractionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ScriptedCommandHandler Who() => new("who", new Reply { Kind = ReplyKind.Answer, Title = "Rufus Firefly", Summary = "President of Freedonia." });

    private static bool IsCallback(RecordedRequest request) => request.Method == "POST" && request.Path.EndsWith("/callback", StringComparison.Ordinal);

    [Fact]
    public async Task An_interaction_from_the_gateway_is_answered_at_the_callback_endpoint_by_the_command()
    {
        var who = Who();
        await using var services = await GatewayServices.StartReadyAsync([who]);

        await services.Gateway.DispatchInteractionAsync(WithId(Command("who", ("name", "rufus")), "700000000000000001"), Ct);
        var callback = await services.Rest.WaitForRequestAsync(IsCallback, Ct);

        Assert.StartsWith("/api/v10/interactions/700000000000000001/interaction-token-", callback.Path, StringComparison.Ordinal);
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Contains("Rufus Firefly", callback.Body, StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", callback.Json.GetProperty("data").GetProperty("allowed_mentions").GetRawText());
        Assert.Equal("rufus", Assert.Single(who.Requests).Text);
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_at_the_callback_endpoint_then_delivered_by_editing_the_original()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = ScriptedCommandHandler.Blocked("who", release.Task);
        await using var services = await GatewayServices.StartReadyAsync([slow]);

        await services.Gateway.DispatchInteractionAsync(WithId(Command("who", ("name", "rufus")), "700000000000000002"), Ct);
        await slow.Started.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await services.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(2), Ct);
        var deferral = await services.Rest.WaitForRequestAsync(IsCallback, Ct);
        release.SetResult(new Reply { Kind = ReplyKind.Answer, Title = "Late but here" });
        var edit = await services.Rest.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), Ct);

        Assert.Equal(5, deferral.Json.GetProperty("type").GetInt32());
        Assert.Contains("Late but here", edit.Body, StringComparison.Ordinal);
        Assert.Single(services.Rest.Callbacks);
    }

    [Fact]
    public async Task A_dispatch_replayed_after_a_resume_is_answered_once()
    {
        var who = Who();
        await using var services = await GatewayServices.StartReadyAsync([who]);
        var sequence = await services.Gateway.DispatchInteractionAsync(WithId(Command("who", ("name", "rufus")), "700000000000000003"), Ct);
        await services.Rest.WaitForRequestAsync(IsCallback, Ct);

        services.Gateway.Abort();
        await services.ReconnectAfterAsync(GatewayServices.FirstBackoff, 2);
        await services.Gateway.WaitForFrameAsync(f => f.Op == 6, Ct);
        await services.Gateway.RedispatchAsync(sequence, Ct);
        await services.Gateway.SyncAsync(Ct);

        Assert.Single(who.Requests);
        Assert.Single(services.Rest.Callbacks);
    }

    [Fact]
    public async Task An_interaction_lost_in_a_drop_is_replayed_on_resume_and_answered_once()
    {
        var who = Who();
        await using var services = await GatewayServices.StartReadyAsync([who]);
        await services.Gateway.DispatchInteractionAsync(WithId(Command("who", ("name", "first")), "700000000000000004"), Ct);
        await services.Rest.WaitForRequestAsync(IsCallback, Ct);
        var lost = services.Gateway.LoseInteraction(WithId(Command("who", ("name", "second")), "700000000000000005"));

        services.Gateway.Abort();
        await services.ReconnectAfterAsync(GatewayServices.FirstBackoff, 2);
        var resume = await services.Gateway.WaitForFrameAsync(f => f.Op == 6, Ct);
        var callbacks = await services.Rest.WaitForRequestsAsync(2, IsCallback, Ct);
        await services.Gateway.RedispatchAsync(lost, Ct);
        await services.Gateway.SyncAsync(Ct);

        Assert.Equal(lost - 1, resume.D.GetProperty("seq").GetInt64());
        Assert.Contains("/interactions/700000000000000005/", callbacks[1].Path, StringComparison.Ordinal);
        Assert.Equal(["first", "second"], who.Requests.Select(r => r.Text));
        Assert.Equal(2, services.Rest.Callbacks.Count);
    }

    [Fact]
    public async Task Interactions_from_the_gateway_and_over_http_get_the_same_response()
    {
        await using var services = await GatewayServices.StartReadyAsync([Who()]);
        await using var http = await DiscordServices.StartAsync([Who()]);
        var command = WithId(Command("who", ("name", "rufus")), "700000000000000006");

        await services.Gateway.DispatchInteractionAsync(command, Ct);
        var callback = await services.Rest.WaitForRequestAsync(IsCallback, Ct);
        var inline = await http.SendAsync(command);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(inline.Json), callback.Body);
    }
}
