using BriefBot.Slack.Tests.SocketMode;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.State;
using BriefBot.TestKit.Time;
using Xunit;
using static BriefBot.TestKit.Slack.SlackPayloads;

namespace BriefBot.Slack.Tests.Replicas;

/// <summary>
/// Two Slack replicas, each with its own HTTP endpoint or Socket Mode connection, sharing replay claims: Slack's
/// re-delivery of a command to the other replica is acknowledged there but answered once. Runs on both stores.
/// </summary>
public abstract class SharedReplayTests(bool postgres) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ReplicaClaims _claims = Open(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ReplicaClaims Open(bool postgres)
    {
        if (!postgres)
        {
            return ReplicaClaims.InMemory(new ObservableTimeProvider());
        }

        Assert.SkipWhen(TestPostgres.Server is null, TestPostgres.SkipReason);
        return ReplicaClaims.Postgres(new ObservableTimeProvider());
    }

    [Fact]
    public async Task A_slash_command_retried_to_the_other_replica_is_answered_once()
    {
        var whoOnA = new ScriptedCommandHandler("who", Replies.Answer());
        var whoOnB = new ScriptedCommandHandler("who", Replies.Answer());
        await using var a = await SlackServices.StartAsync([whoOnA], claims: _claims.ForReplica());
        await using var b = await SlackServices.StartAsync([whoOnB], claims: _claims.ForReplica());
        var form = Command("/who", "Hale", a.Slack.NewResponseUrl());

        var first = await a.CommandAsync(form);
        var retry = await b.CommandAsync(form, retryNum: 1);

        Assert.NotEmpty(first.Json);
        Assert.Equal((200, 0), (retry.StatusCode, retry.Json.Length));
        Assert.Single(whoOnA.Requests);
        Assert.Empty(whoOnB.Requests);
    }

    [Fact]
    public async Task A_socket_mode_envelope_redelivered_to_the_other_replica_is_acked_there_but_answered_once()
    {
        var whoOnA = new ScriptedCommandHandler("who", Replies.Answer());
        var whoOnB = new ScriptedCommandHandler("who", Replies.Answer());
        await using var a = (await SocketModeRig.StartAsync([whoOnA], claims: _claims.ForReplica())).Run();
        await using var b = (await SocketModeRig.StartAsync([whoOnB], claims: _claims.ForReplica())).Run();
        var onA = await a.ConnectedAsync().WaitAsync(Patience, Ct);
        var onB = await b.ConnectedAsync().WaitAsync(Patience, Ct);
        var command = CommandPayload("/who", "Hale", a.Slack.NewResponseUrl());

        var first = await a.AckedAsync(onA, "slash_commands", command);
        var redelivered = await b.AckedAsync(onB, "slash_commands", command, retryAttempt: 1, envelopeId: first.EnvelopeId);

        Assert.NotNull(first.Payload);
        Assert.Null(redelivered.Payload);
        Assert.Single(whoOnA.Requests);
        Assert.Empty(whoOnB.Requests);
    }

    public void Dispose()
    {
        _claims.Dispose();
        GC.SuppressFinalize(this);
    }
}
