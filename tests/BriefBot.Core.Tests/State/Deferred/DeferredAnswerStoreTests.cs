using BriefBot.Core.Commands;
using BriefBot.Core.State.Deferred;
using Xunit;

namespace BriefBot.Core.Tests.State.Deferred;

/// <summary>What every store does with deferred answers and their leases: the LiteDB file and PostgreSQL alike.</summary>
public abstract class DeferredAnswerStoreTests(StateStores stores) : IDisposable
{
    private static readonly DateTime Now = new(2031, 6, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly string[] Platforms = ["discord", "slack"];

    private static DeferredAnswerRecord Answer(string target, string owner = "replica-a", string platform = "discord", DateTime? leaseExpires = null, DateTime? answerExpires = null)
    {
        var record = DeferredAnswerRecord.For(
            new CommandRequest { Command = "who", Text = "Rufus Firefly", Platform = Platform.Discord, ChannelId = "C1", Options = new Dictionary<string, string>(StringComparer.Ordinal) { ["chart"] = "png" } },
            platform,
            target,
            "app-1",
            updatesOriginal: false,
            answerExpires ?? Now.AddMinutes(14));
        record.Owner = owner;
        record.LeaseExpiresUtc = leaseExpires ?? Now + Lease;
        return record;
    }

    [Fact]
    public void A_recorded_answer_keeps_the_command_as_sent_and_is_recorded_once()
    {
        var store = stores.Open().DeferredAnswers;

        var first = store.Add(Answer("token-1"));
        var again = store.Add(Answer("token-1", owner: "replica-b"));

        var record = Assert.Single(store.All());
        Assert.True(first);
        Assert.False(again);
        Assert.Equal("replica-a", record.Owner);
        Assert.Equal("token-1", record.Target);
        var request = record.Request();
        Assert.Equal(("who", "Rufus Firefly", Platform.Discord, "C1", "png"), (request.Command, request.Text, request.Platform, request.ChannelId, request.Options["chart"]));
    }

    [Fact]
    public void An_answer_whose_lease_is_live_is_not_claimed_and_one_whose_lease_expired_is()
    {
        var store = stores.Open().DeferredAnswers;
        store.Add(Answer("live", leaseExpires: Now.AddSeconds(1)));
        store.Add(Answer("dead", leaseExpires: Now.AddSeconds(-1)));

        var claimed = store.Claim("replica-b", Now, Now + Lease, 10, Platforms);

        Assert.Equal("dead", Assert.Single(claimed).Target);
        Assert.Equal("replica-b", claimed[0].Owner);
        Assert.Equal(Now + Lease, claimed[0].LeaseExpiresUtc);
    }

    [Fact]
    public void An_answer_claimed_by_one_replica_is_not_claimed_by_another_nor_renewed_by_its_old_owner()
    {
        var first = stores.Open();
        var second = stores.OpenAgain(first);
        first.DeferredAnswers.Add(Answer("token", leaseExpires: Now.AddSeconds(-1)));

        var byB = second.DeferredAnswers.Claim("replica-b", Now, Now + Lease, 10, Platforms);
        var byC = first.DeferredAnswers.Claim("replica-c", Now, Now + Lease, 10, Platforms);
        var renewedByA = first.DeferredAnswers.Renew(byB[0].Id, "replica-a", Now + Lease);
        var completedByA = first.DeferredAnswers.Complete(byB[0].Id, "replica-a");

        Assert.Single(byB);
        Assert.Empty(byC);
        Assert.False(renewedByA);
        Assert.False(completedByA);
        Assert.Equal("replica-b", Assert.Single(first.DeferredAnswers.All()).Owner);
    }

    [Fact]
    public async Task Replicas_claiming_at_once_take_each_answer_exactly_once()
    {
        var first = stores.Open();
        var replicas = new[] { first, stores.OpenAgain(first), stores.OpenAgain(first) };
        for (var i = 0; i < 9; i++)
        {
            first.DeferredAnswers.Add(Answer("token-" + i, leaseExpires: Now.AddSeconds(-1)));
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => replicas[i % 3].DeferredAnswers.Claim("replica-" + i, Now, Now + Lease, 2, Platforms), TestContext.Current.CancellationToken)));

        var targets = claims.SelectMany(c => c).Select(r => r.Target).ToList();
        Assert.Equal(9, targets.Count);
        Assert.Equal(9, targets.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Renewing_keeps_an_answer_from_being_claimed_and_completing_deletes_it()
    {
        var store = stores.Open().DeferredAnswers;
        var record = Answer("token", leaseExpires: Now.AddSeconds(5));
        store.Add(record);

        var renewed = store.Renew(record.Id, "replica-a", Now.AddSeconds(40));
        var claimedLater = store.Claim("replica-b", Now.AddSeconds(35), Now.AddSeconds(65), 10, Platforms);
        var completed = store.Complete(record.Id, "replica-a");

        Assert.True(renewed);
        Assert.Empty(claimedLater);
        Assert.True(completed);
        Assert.Empty(store.All());
    }

    [Fact]
    public void An_answer_whose_token_expired_is_never_claimed_and_is_dropped()
    {
        var store = stores.Open().DeferredAnswers;
        store.Add(Answer("expired", leaseExpires: Now.AddMinutes(-5), answerExpires: Now.AddSeconds(-1)));
        store.Add(Answer("fresh", leaseExpires: Now.AddMinutes(1)));

        var claimed = store.Claim("replica-b", Now, Now + Lease, 10, Platforms);
        var dropped = store.DropExpired(Now);

        Assert.Empty(claimed);
        Assert.Equal("expired", Assert.Single(dropped).Target);
        Assert.Equal("fresh", Assert.Single(store.All()).Target);
    }

    [Fact]
    public void A_replica_claims_only_answers_of_platforms_it_has()
    {
        var store = stores.Open().DeferredAnswers;
        store.Add(Answer("https://hooks.slack.com/commands/T1/1/x", platform: "slack", leaseExpires: Now.AddSeconds(-1)));
        store.Add(Answer("discord-token", leaseExpires: Now.AddSeconds(-1)));

        var claimed = store.Claim("replica-b", Now, Now + Lease, 10, ["discord"]);

        Assert.Equal("discord-token", Assert.Single(claimed).Target);
    }

    public void Dispose()
    {
        stores.Dispose();
        GC.SuppressFinalize(this);
    }
}
