using BriefBot.Core.Replies;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.State;
using BriefBot.TestKit.Time;
using Xunit;

namespace BriefBot.Discord.Tests.Replicas;

/// <summary>
/// Two Discord replicas behind one interactions URL, sharing replay claims: an interaction delivered again to the
/// other replica is refused there, so it is answered once (a second answer fails with 40060). Runs on both stores.
/// </summary>
public abstract class SharedInteractionIdsTests(bool postgres) : IDisposable
{
    private readonly ReplicaClaims _claims = Open(postgres);

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
    public async Task An_interaction_sent_again_to_the_other_replica_is_refused_and_answered_once()
    {
        var whoOnA = new ScriptedCommandHandler("who", new Reply { Kind = ReplyKind.Answer, Title = "Rufus Firefly" });
        var whoOnB = new ScriptedCommandHandler("who", new Reply { Kind = ReplyKind.Answer, Title = "Rufus Firefly" });
        await using var a = await DiscordServices.StartAsync([whoOnA], claims: _claims.ForReplica());
        await using var b = await DiscordServices.StartAsync([whoOnB], claims: _claims.ForReplica());
        var json = InteractionPayloads.WithId(InteractionPayloads.Command("who", ("name", "firefly")), "987654321987654322");

        var first = await a.SendAsync(json);
        var again = await b.SendAsync(json);

        Assert.True(first.IsSuccess);
        Assert.Equal(409, again.StatusCode);
        Assert.Single(whoOnA.Requests);
        Assert.Empty(whoOnB.Requests);
    }

    public void Dispose()
    {
        _claims.Dispose();
        GC.SuppressFinalize(this);
    }
}
