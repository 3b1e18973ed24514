using System.Text.Json;
using System.Text.Json.Nodes;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Slack.Rendering;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Slack;
using Xunit;
using static BriefBot.TestKit.Slack.SlackPayloads;

namespace BriefBot.Slack.Tests.SocketMode;

public sealed class SocketModeClientTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Title(JsonElement message) => message.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString()!;

    private static JsonObject Ping() => new() { ["event_id"] = "Ev0OTHER", ["event"] = new JsonObject { ["type"] = "app_mention" } };

    [Fact]
    public async Task Hello_makes_the_connection_healthy_and_the_url_comes_from_the_app_token()
    {
        await using var rig = (await SocketModeRig.StartAsync([], sendsHello: false)).Run();

        var connection = await rig.Socket.WaitForConnectionAsync(1, Ct).WaitAsync(Patience, Ct);
        var beforeHello = rig.State;
        await connection.SendHelloAsync();
        await rig.AckedAsync(connection, "events_api", Ping());

        Assert.Equal((false, "connecting"), (beforeHello!.Connected, beforeHello.Detail));
        Assert.True(rig.State!.Connected);
        var open = Assert.Single(rig.Slack.Requests, r => r.Path == "/api/apps.connections.open");
        Assert.Equal("Bearer " + FakeSocketModeServer.AppToken, open.Header("Authorization"));
    }

    [Fact]
    public async Task A_slash_command_is_answered_in_the_ack_through_the_dispatcher()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var rig = (await SocketModeRig.StartAsync([who])).Run();
        var connection = await rig.ConnectedAsync();

        var ack = await rig.AckedAsync(connection, "slash_commands", CommandPayload("/who", "  Quentin Hale ", rig.Slack.NewResponseUrl()));

        var payload = Assert.NotNull(ack.Payload);
        Assert.Equal(("in_channel", "Quentin Hale"), (payload.GetProperty("response_type").GetString(), Title(payload)));
        Assert.Empty(SlackRules.Message(payload));
        var request = Assert.Single(who.Requests);
        Assert.Equal(("who", "Quentin Hale", Platform.Slack), (request.Command, request.Text, request.Platform));
        Assert.Equal((UserId, ChannelId, TeamId), (request.UserId, request.ChannelId, request.TeamId));
        Assert.DoesNotContain(rig.Slack.Requests, r => r.Path.StartsWith("/hooks/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_answer_is_acked_empty_at_the_deadline_and_then_posted_to_the_response_url()
    {
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var who = ScriptedCommandHandler.Blocked("who", release.Task);
        await using var rig = (await SocketModeRig.StartAsync([who])).Run();
        var connection = await rig.ConnectedAsync();
        var responseUrl = rig.Slack.NewResponseUrl();

        var id = await connection.SendEnvelopeAsync("slash_commands", CommandPayload("/who", "Hale", responseUrl));
        await who.Started.WaitAsync(Patience, Ct);
        await rig.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(2), Ct);
        var ack = await rig.Socket.WaitForAckAsync(id, Ct).WaitAsync(Patience, Ct);
        var postsBeforeAnswer = rig.Slack.PostsTo(responseUrl).Count;
        release.SetResult(Replies.Answer());
        var post = await rig.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct).WaitAsync(Patience, Ct);

        Assert.Null(ack.Payload);
        Assert.Equal(0, postsBeforeAnswer);
        Assert.Equal(("in_channel", "Quentin Hale"), (post.Json.GetProperty("response_type").GetString(), Title(post.Json)));
        Assert.Single(who.Requests);
    }

    [Fact]
    public async Task An_envelope_that_accepts_no_response_payload_is_acked_empty_and_answered_at_the_response_url()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var rig = (await SocketModeRig.StartAsync([who])).Run();
        var connection = await rig.ConnectedAsync();
        var responseUrl = rig.Slack.NewResponseUrl();

        var ack = await rig.AckedAsync(connection, "slash_commands", CommandPayload("/who", "Hale", responseUrl), acceptsResponsePayload: false);
        var post = await rig.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct).WaitAsync(Patience, Ct);

        Assert.Null(ack.Payload);
        Assert.Equal("Quentin Hale", Title(post.Json));
    }

    [Fact]
    public async Task A_button_click_arrives_as_an_interactive_envelope_and_replaces_the_message()
    {
        var who = new ScriptedCommandHandler("who", (request, _) => Task.FromResult(Replies.Answer("Ilham Aliyev")));
        await using var rig = (await SocketModeRig.StartAsync([who])).Run();
        var connection = await rig.ConnectedAsync();
        var responseUrl = rig.Slack.NewResponseUrl();

        var ack = await rig.AckedAsync(connection, "interactive", ClickPayload(ActionIds.Choice + "0", "/who id:ilham-aliyev", responseUrl));
        var post = await rig.Slack.WaitForRequestAsync(r => r.Path == responseUrl.AbsolutePath, Ct).WaitAsync(Patience, Ct);

        Assert.Null(ack.Payload);
        Assert.True(post.Json.GetProperty("replace_original").GetBoolean());
        Assert.Equal("Ilham Aliyev", Title(post.Json));
        var request = Assert.Single(who.Requests);
        Assert.Equal(("who", "id:ilham-aliyev", UserId, ChannelId), (request.Command, request.Text, request.UserId, request.ChannelId));
    }

    [Fact]
    public async Task A_retried_envelope_is_acked_again_but_answered_once()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var rig = (await SocketModeRig.StartAsync([who])).Run();
        var connection = await rig.ConnectedAsync();
        var command = CommandPayload("/who", "Hale", rig.Slack.NewResponseUrl());

        var first = await rig.AckedAsync(connection, "slash_commands", command);
        var id = first.EnvelopeId;
        await connection.SendEnvelopeAsync("slash_commands", command, retryAttempt: 1, envelopeId: id);
        await rig.Socket.WaitUntilAsync(() => rig.Socket.AcksFor(id).Count == 2, Ct).WaitAsync(Patience, Ct);
        var sameCommandNewEnvelope = await rig.AckedAsync(connection, "slash_commands", command, retryAttempt: 1);

        Assert.NotNull(first.Payload);
        Assert.Null(rig.Socket.AcksFor(id)[1].Payload);
        Assert.Null(sameCommandNewEnvelope.Payload);
        Assert.Single(who.Requests);
        Assert.DoesNotContain(rig.Slack.Requests, r => r.Path.StartsWith("/hooks/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("events_api")]
    [InlineData("some_future_type")]
    public async Task Other_envelopes_are_acked_and_run_nothing(string type)
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var rig = (await SocketModeRig.StartAsync([who])).Run();
        var connection = await rig.ConnectedAsync();

        var ack = await rig.AckedAsync(connection, type, Ping());

        Assert.Equal(ack.EnvelopeId, ack.Json.GetProperty("envelope_id").GetString());
        Assert.Null(ack.Payload);
        Assert.Empty(who.Requests);
    }

    [Fact]
    public async Task A_message_split_into_many_frames_is_reassembled()
    {
        var who = new ScriptedCommandHandler("who", Replies.Answer());
        await using var rig = (await SocketModeRig.StartAsync([who])).Run();
        var connection = await rig.ConnectedAsync();
        var envelope = new JsonObject
        {
            ["envelope_id"] = "env-in-frames",
            ["type"] = "slash_commands",
            ["accepts_response_payload"] = true,
            ["payload"] = CommandPayload("/who", "Hale", rig.Slack.NewResponseUrl()),
        };

        await connection.SendTextAsync(envelope.ToJsonString(), frameBytes: 7);
        var ack = await rig.Socket.WaitForAckAsync("env-in-frames", Ct).WaitAsync(Patience, Ct);

        Assert.Equal("Quentin Hale", Title(Assert.NotNull(ack.Payload)));
    }

    [Fact]
    public async Task Hostile_text_cannot_ping_anyone_on_the_socket_path()
    {
        var echo = new ScriptedCommandHandler("who", (request, _) => Task.FromResult(new Reply { Kind = ReplyKind.Answer, Title = request.Text, Summary = request.Text }));
        await using var rig = (await SocketModeRig.StartAsync([echo])).Run();
        var connection = await rig.ConnectedAsync();

        var ack = await rig.AckedAsync(connection, "slash_commands", CommandPayload("/who", "<!everyone> & <@U0BOSS> <https://evil.example|x>", rig.Slack.NewResponseUrl()));
        var text = SlackRules.AllText(Assert.NotNull(ack.Payload));

        Assert.Contains("&lt;!everyone&gt; &amp; &lt;@U0BOSS&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!everyone>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U0BOSS>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil.example", text, StringComparison.Ordinal);
    }
}
