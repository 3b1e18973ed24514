using BriefBot.Core.Digests;
using BriefBot.Core.Intake;
using BriefBot.Core.State;
using Xunit;

namespace BriefBot.Core.Tests.State;

/// <summary>What every bot state store must do, LiteDB and PostgreSQL alike: one subclass per store.</summary>
public abstract class BotStateTests(StateStores stores) : IDisposable
{
    private static readonly DateTime Now = new(2031, 6, 2, 9, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ShelfArticle Article(string id, string title, params string[] paragraphs) =>
        new(id, title, string.Join("|", paragraphs).GetHashCode(StringComparison.Ordinal).ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2031, 1, 5), [.. paragraphs.Select(ShelfArticle.HashOf)]);

    private static DigestRecord Digest(string id, DateTime start, DateTime end) => new() { Id = id, SubscriptionId = id[..id.IndexOf('@', StringComparison.Ordinal)], WindowStartUtc = start, WindowEndUtc = end };

    [Fact]
    public void A_saved_subscription_reads_back_whole_and_subscriptions_list_in_id_order()
    {
        using var state = stores.Open();
        var created = new DateTime(2031, 4, 1, 8, 30, 0, DateTimeKind.Utc);

        state.SaveSubscription(new Subscription { Id = "slack:C2", Platform = "slack", Channel = "C2", Schedule = "friday 17:00 Europe/Paris", ActorIds = ["a1", "a2"], CreatedUtc = created, ConfiguredAs = "x" });
        state.SaveSubscription(new Subscription { Id = "outbox:team", Channel = "team", Schedule = "monday 09:00 UTC", CreatedUtc = created });

        Assert.Equal(["outbox:team", "slack:C2"], state.AllSubscriptions().Select(s => s.Id));
        var read = state.GetSubscription("slack:C2")!;
        Assert.Equal(("slack", "C2", "friday 17:00 Europe/Paris", "x"), (read.Platform, read.Channel, read.Schedule, read.ConfiguredAs));
        Assert.Equal(["a1", "a2"], read.ActorIds);
        Assert.Equal(created, read.CreatedUtc.ToUniversalTime());
    }

    [Fact]
    public void A_removed_subscription_is_gone_and_removing_it_again_says_so()
    {
        using var state = stores.Open();
        state.SaveSubscription(new Subscription { Id = "outbox:team", Channel = "team" });

        var first = state.RemoveSubscription("outbox:team");
        var second = state.RemoveSubscription("outbox:team");

        Assert.Equal((true, false), (first, second));
        Assert.Null(state.GetSubscription("outbox:team"));
    }

    [Fact]
    public void A_pause_is_unannounced_until_the_channel_is_told()
    {
        using var state = stores.Open();
        var subscription = new Subscription { Id = "slack:C1", Platform = "slack", Channel = "C1" };
        state.SaveSubscription(subscription);
        var before = state.HasUnannouncedPause(subscription.Id);

        subscription.PausedReason = "channel_not_found";
        state.SaveSubscription(subscription);
        var paused = state.HasUnannouncedPause(subscription.Id);
        subscription.PauseAnnounced = true;
        state.SaveSubscription(subscription);

        Assert.Equal((false, true, false), (before, paused, state.HasUnannouncedPause(subscription.Id)));
    }

    [Fact]
    public void Recording_a_digest_already_recorded_returns_the_first_record_unchanged()
    {
        using var state = stores.Open();
        state.RecordPending(Digest("outbox:team@2031-06-02T09:00", Now.AddDays(-7), Now));

        var again = state.RecordPending(Digest("outbox:team@2031-06-02T09:00", Now.AddDays(-3), Now));

        Assert.Equal((DigestStatus.Pending, Now.AddDays(-7)), (again.Status, again.WindowStartUtc.ToUniversalTime()));
        Assert.Single(state.PendingDigests("outbox:team"));
    }

    [Fact]
    public void The_last_sent_digest_is_the_latest_window_and_pending_ones_come_oldest_first()
    {
        using var state = stores.Open();
        foreach (var weeks in new[] { 2, 0, 1 })
        {
            var sent = state.RecordPending(Digest($"outbox:team@sent-{weeks}", Now.AddDays(-7 * (weeks + 1)), Now.AddDays(-7 * weeks)));
            sent.Status = DigestStatus.Sent;
            sent.MessageIds.Add("m" + weeks);
            state.SaveDigest(sent);
        }

        state.RecordPending(Digest("outbox:team@later", Now, Now.AddDays(14)));
        state.RecordPending(Digest("outbox:team@sooner", Now, Now.AddDays(7)));
        state.RecordPending(Digest("slack:C1@other", Now, Now.AddDays(1)));

        var last = state.LastSent("outbox:team")!;
        Assert.Equal(("outbox:team@sent-0", "m0"), (last.Id, last.MessageIds.Single()));
        Assert.Equal(["outbox:team@sooner", "outbox:team@later"], state.PendingDigests("outbox:team").Select(d => d.Id));
        Assert.Equal(DigestStatus.Sent, state.GetDigest("outbox:team@sent-1")!.Status);
    }

    [Fact]
    public void The_first_look_at_the_shelf_is_back_catalogue_and_later_looks_stamp_new_changed_and_removed()
    {
        using var state = stores.Open();
        state.Observe([Article("a", "Truce", "One."), Article("b", "Border", "Two.")], [("e1", 1)], Now.AddDays(-30), "build-1");

        state.Observe([Article("a", "Truce holds", "One.", "Added."), Article("c", "Harbour", "Three.")], [("e1", 3), ("e2", 1)], Now, "build-2");

        Assert.Equal(new DateTime(2031, 1, 5), state.GetArticle("b")!.FirstSeenUtc.ToUniversalTime());
        Assert.Equal(Now, state.GetArticle("b")!.RemovedUtc!.Value.ToUniversalTime());
        Assert.Equal(Now, state.GetArticle("c")!.FirstSeenUtc.ToUniversalTime());
        var changed = state.GetArticle("a")!;
        Assert.Equal((Now, "Truce", 1, 2), (changed.ChangedUtc!.Value.ToUniversalTime(), changed.TitleBefore, changed.ParagraphsBefore, changed.Paragraphs));
        Assert.Equal([2], changed.AddedParagraphs);
        Assert.Equal((3, 1, Now), (state.GetEvent("e1")!.Sources, state.GetEvent("e1")!.SourcesBefore, state.GetEvent("e1")!.CorroboratedUtc!.Value.ToUniversalTime()));
        Assert.Equal(Now, state.GetEvent("e2")!.FirstSeenUtc.ToUniversalTime());
        Assert.Equal("build-2", state.ObservedBuild());
        Assert.Equal(3, state.AllArticles().Count);
        Assert.Equal(2, state.AllEvents().Count);
    }

    [Fact]
    public void Noting_one_builds_changes_touches_only_those_articles_and_events()
    {
        using var state = stores.Open();
        state.Observe([Article("a", "Truce", "One."), Article("b", "Border", "Two.")], [("e1", 1)], Now.AddDays(-30), "build-1");

        state.ObserveChanges([Article("c", "Harbour", "Three.")], ["b"], [("e2", 2)], Now, "build-2");

        Assert.Null(state.GetArticle("a")!.RemovedUtc);
        Assert.Equal(Now, state.GetArticle("b")!.RemovedUtc!.Value.ToUniversalTime());
        Assert.Equal(Now, state.GetArticle("c")!.FirstSeenUtc.ToUniversalTime());
        Assert.Equal(Now, state.GetEvent("e2")!.FirstSeenUtc.ToUniversalTime());
        Assert.Equal("build-2", state.ObservedBuild());
    }

    [Fact]
    public void An_empty_shelf_removes_nothing()
    {
        using var state = stores.Open();
        state.Observe([Article("a", "Truce", "One.")], [], Now.AddDays(-1));

        state.Observe([], [], Now);

        Assert.Null(state.GetArticle("a")!.RemovedUtc);
        Assert.Null(state.ObservedBuild());
    }

    [Fact]
    public void Intake_state_remembers_sources_items_and_keys()
    {
        using var state = stores.Open();
        var intake = new IntakeState(state);
        intake.SaveSource(new ShelfSource { Id = "f1", Url = "https://example.org/feed", AddedUtc = Now });
        intake.Remember(new ShelfItem { Id = "harbour", CanonicalUrl = "https://example.org/a", SourceIds = ["f1"], AddedUtc = Now }, ["url:https://example.org/a", "guid:f1:1"], "guid:f1:1", "fp");
        intake.Skip("guid:f1:old");
        intake.Skip("guid:f1:1");

        Assert.Equal("https://example.org/feed", Assert.Single(intake.AllSources()).Url);
        Assert.Equal(1, intake.ItemCount);
        Assert.Equal("harbour", intake.Find(["url:https://example.org/a"]).Item!.Id);
        Assert.Equal((true, null), intake.Find(["guid:f1:old"]));
        Assert.Equal(("harbour", "fp"), (intake.GetKey("guid:f1:1")!.ItemId, intake.GetKey("guid:f1:1")!.Fingerprint));
        Assert.Equal((true, false), (intake.RemoveSource("f1"), intake.RemoveSource("f1")));
    }

    [Fact]
    public void An_observation_that_fails_part_way_leaves_nothing_behind()
    {
        using var state = stores.Open();

        static IEnumerable<ShelfArticle> ShelfThatFailsToRead()
        {
            yield return Article("harbour", "Harbour shelled", "p1");
            throw new IOException("the shelf's disk went away");
        }

        Assert.Throws<IOException>(() => state.Observe(ShelfThatFailsToRead(), [("e1", 1)], Now, "build-1"));

        Assert.Null(state.GetArticle("harbour"));
        Assert.Null(state.Marks());
        Assert.Null(state.ObservedBuild());
        state.Observe([Article("harbour", "Harbour shelled", "p1")], [("e1", 1)], Now, "build-1");
        Assert.Equal("build-1", state.ObservedBuild());
    }

    [Fact]
    public void A_large_shelf_is_noted_whole_and_an_article_gone_from_it_is_marked_removed()
    {
        using var state = stores.Open();
        var shelf = Enumerable.Range(0, 6000).Select(i => Article($"a{i}", $"Article {i}", $"paragraph {i}")).ToList();
        var events = Enumerable.Range(0, 6000).Select(i => ($"e{i}", 1)).ToList();
        state.Observe(shelf, events, Now);

        state.Observe([.. shelf.Skip(1), Article("new", "New", "fresh")], events, Now.AddDays(1));

        Assert.Equal(6001, state.AllArticles().Count);
        Assert.Equal(Now.AddDays(1), state.GetArticle("a0")!.RemovedUtc!.Value.ToUniversalTime());
        Assert.Null(state.GetArticle("a1")!.RemovedUtc);
        Assert.Equal(Now.AddDays(1), state.GetArticle("new")!.FirstSeenUtc.ToUniversalTime());
    }

    [Fact]
    public void Copied_state_holds_everything_and_goes_on_as_the_source_would()
    {
        using var source = LiteDbBotState.InMemory();
        source.SaveSubscription(new Subscription { Id = "slack:C1", Platform = "slack", Channel = "C1", Schedule = "monday 09:00 UTC", ActorIds = ["iran"] });
        source.Observe([Article("harbour", "Harbour shelled", "p1", "p2")], [("e1", 2)], Now, "build-1");
        var sent = Digest("slack:C1@1", Now.AddDays(-7), Now);
        sent.Status = DigestStatus.Sent;
        sent.MessageIds = ["m1", "m2"];
        sent.SentUtc = Now;
        source.SaveDigest(sent);
        source.RecordPending(Digest("slack:C1@2", Now, Now.AddDays(7)));
        var intake = new IntakeState(source);
        intake.SaveSource(new ShelfSource { Id = "f1", Url = "https://example.org/feed", AddedUtc = Now });
        intake.Remember(new ShelfItem { Id = "harbour", CanonicalUrl = "https://example.org/a", SourceIds = ["f1"], AddedUtc = Now }, ["url:https://example.org/a"], null, null);
        using var target = stores.Open();

        var report = BotStateCopy.Copy(source, target);

        Assert.Equal(new BotStateCopyReport(1, 2, 1, 1, 3), report);
        Assert.Equal(["iran"], target.GetSubscription("slack:C1")!.ActorIds);
        Assert.Equal(["m1", "m2"], target.LastSent("slack:C1")!.MessageIds);
        Assert.Equal("slack:C1@2", Assert.Single(target.PendingDigests("slack:C1")).Id);
        Assert.Equal(source.GetArticle("harbour")!.FirstSeenUtc, target.GetArticle("harbour")!.FirstSeenUtc.ToUniversalTime());
        Assert.Equal(2, target.GetEvent("e1")!.Sources);
        Assert.Equal("harbour", new IntakeState(target).Find(["url:https://example.org/a"]).Item!.Id);
        Assert.Equal("build-1", target.ObservedBuild());

        // The marks came too: an article that lands after the move is new, not back catalogue.
        var later = Now.AddDays(1);
        target.Observe([Article("harbour", "Harbour shelled", "p1", "p2"), Article("ceasefire", "Ceasefire", "q1")], [("e1", 2)], later);
        Assert.Equal(later, target.GetArticle("ceasefire")!.FirstSeenUtc.ToUniversalTime());
    }

    [Fact]
    public void A_copy_into_a_store_that_holds_state_is_refused_and_changes_nothing()
    {
        using var source = LiteDbBotState.InMemory();
        source.SaveSubscription(new Subscription { Id = "slack:C1", Platform = "slack", Channel = "C1" });
        using var target = stores.Open();
        target.SaveSubscription(new Subscription { Id = "outbox:team", Channel = "team" });

        Assert.Throws<InvalidOperationException>(() => BotStateCopy.Copy(source, target));

        Assert.Equal(["outbox:team"], target.AllSubscriptions().Select(s => s.Id));
    }

    [Fact]
    public async Task Two_handles_recording_the_same_due_digest_at_once_record_it_once()
    {
        using var first = stores.Open();
        var second = stores.OpenAgain(first);
        using var start = new Barrier(8);

        var recorded = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(
            () =>
            {
                start.SignalAndWait(Ct);
                return (i % 2 == 0 ? first : second).RecordPending(Digest("outbox:team@2031-06-02T09:00", Now.AddDays(-i - 1), Now));
            },
            Ct)));

        Assert.Single(recorded.Select(r => r.WindowStartUtc).Distinct());
        Assert.Single(first.PendingDigests("outbox:team"));
        Assert.Single(second.PendingDigests("outbox:team"));
    }

    [Fact]
    public async Task Only_one_handle_owns_a_subscriptions_delivery_until_it_lets_go()
    {
        using var first = stores.Open();
        var second = stores.OpenAgain(first);
        var owner = await first.TryOwnDeliveryAsync("outbox:team", wait: false, Ct);

        var refused = await second.TryOwnDeliveryAsync("outbox:team", wait: false, Ct);
        using var other = await second.TryOwnDeliveryAsync("slack:C1", wait: false, Ct);
        var waiting = second.TryOwnDeliveryAsync("outbox:team", wait: true, Ct);
        var waitedBeforeRelease = waiting.IsCompleted;
        owner!.Dispose();
        using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(20), Ct);

        Assert.Null(refused);
        Assert.NotNull(other);
        Assert.False(waitedBeforeRelease);
        Assert.NotNull(next);
    }

    public void Dispose()
    {
        stores.Dispose();
        GC.SuppressFinalize(this);
    }
}
