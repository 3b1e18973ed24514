using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using BriefBot.Core.Tests.State;
using BriefBot.TestKit.Digests;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace BriefBot.Core.Tests.Digests;

/// <summary>Delivery ownership against each store: one subclass per store runs every test.</summary>
public abstract class DigestOwnershipTests(StateStores stores) : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset SundayNoon = new(2031, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_hanging_channel_does_not_hold_up_a_digest_to_another_channel()
    {
        using var f = NewFixture();
        var other = new RecordingPublisher("slack");
        var runner = new DigestRunner(f.Shelf.Store, f.State, [f.Channel, other], f.Time, NullLogger<DigestRunner>.Instance);
        await f.Shelf.BuildAsync(Ct);
        f.MoveTo(SundayNoon);
        var hanging = f.Subscribe();
        var elsewhere = new Subscription { Id = Subscription.IdFor("slack", "C1"), Platform = "slack", Channel = "C1", Schedule = "monday 09:00 UTC", CreatedUtc = hanging.CreatedUtc };
        f.State.SaveSubscription(elsewhere);
        f.Channel.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var stuck = runner.SendNowAsync(hanging, Ct);
        await f.Channel.Entered.Task.WaitAsync(Bound, Ct);
        var sent = await runner.SendNowAsync(elsewhere, Ct).WaitAsync(Bound, Ct);

        Assert.Equal(DigestOutcome.Sent, sent);
        Assert.Single(other.Delivered);
        Assert.False(stuck.IsCompleted);
        f.Channel.Hold.SetResult();
        Assert.Equal(DigestOutcome.Sent, await stuck.WaitAsync(Bound, Ct));
    }

    [Fact]
    public async Task The_sweep_leaves_a_digest_being_sent_to_its_owner()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        f.MoveTo(SundayNoon);
        var subscription = f.Subscribe();
        f.Channel.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sending = f.Runner.SendNowAsync(subscription, Ct);
        await f.Channel.Entered.Task.WaitAsync(Bound, Ct);

        var sweep = await f.Runner.CatchUpAsync(subscription, Ct).WaitAsync(Bound, Ct);
        var pending = f.State.PendingDigests(subscription.Id);
        f.Channel.Hold.SetResult();
        var sent = await sending.WaitAsync(Bound, Ct);

        Assert.Equal(DigestOutcome.InFlight, sweep);
        Assert.Single(pending);
        Assert.Equal(DigestOutcome.Sent, sent);
        Assert.Equal(DigestStatus.Sent, f.State.GetDigest(pending[0].Id)!.Status);
    }

    [Fact]
    public async Task A_digest_send_that_failed_is_sent_by_the_next_sweep_not_given_up()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        f.MoveTo(SundayNoon);
        var subscription = f.Subscribe();
        f.Channel.FailWith(new PublishException("Slack could not be reached", isPermanent: false));
        var asked = await f.Runner.SendNowAsync(subscription, Ct);
        var key = Assert.Single(f.State.PendingDigests(subscription.Id)).Id;

        f.MoveTo(SundayNoon.AddMinutes(1));
        await f.Runner.CatchUpAsync(subscription, Ct);

        Assert.Equal(DigestOutcome.WillRetry, asked);
        Assert.Equal(DigestStatus.Sent, f.State.GetDigest(key)!.Status);
        Assert.Contains(f.Channel.Delivered, m => m.IdempotencyKey == key);
    }

    [Fact]
    public async Task Two_replicas_waking_for_the_same_due_digest_deliver_it_once()
    {
        using var f = NewFixture();
        var replica = new DigestRunner(f.Shelf.Store, stores.OpenAgain(f.State), [f.Channel], f.Time, NullLogger<DigestRunner>.Instance);
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(SundayNoon.AddDays(1));
        f.Channel.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var sending = f.Runner.CatchUpAsync(subscription, Ct);
        await f.Channel.Entered.Task.WaitAsync(Bound, Ct);
        var meanwhile = await replica.CatchUpAsync(subscription, Ct).WaitAsync(Bound, Ct);
        f.Channel.Hold.SetResult();
        var sent = await sending.WaitAsync(Bound, Ct);
        var after = await replica.CatchUpAsync(subscription, Ct).WaitAsync(Bound, Ct);

        Assert.Equal((DigestOutcome.Sent, DigestOutcome.InFlight, DigestOutcome.AlreadySent), (sent, meanwhile, after));
        Assert.Single(f.Channel.Delivered);
    }

    [Fact]
    public async Task Two_replicas_racing_for_the_same_due_digest_deliver_it_once()
    {
        using var f = NewFixture();
        var replica = new DigestRunner(f.Shelf.Store, stores.OpenAgain(f.State), [f.Channel], f.Time, NullLogger<DigestRunner>.Instance);
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(SundayNoon.AddDays(1));

        var outcomes = await Task.WhenAll(
            Task.Run(() => f.Runner.CatchUpAsync(subscription, Ct), Ct),
            Task.Run(() => replica.CatchUpAsync(subscription, Ct), Ct));

        Assert.Single(f.Channel.Delivered);
        Assert.Single(outcomes, o => o == DigestOutcome.Sent);
        Assert.Equal(DigestStatus.Sent, f.State.LastSent(subscription.Id)!.Status);
    }

    private DigestFixture NewFixture() => new(stores.Open());

    public void Dispose()
    {
        stores.Dispose();
        GC.SuppressFinalize(this);
    }
}
