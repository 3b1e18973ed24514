using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using BriefBot.Core.Tests.State;
using Xunit;

namespace BriefBot.Core.Tests.Digests;

/// <summary>The digest runner against each store: one subclass per store runs every test.</summary>
public abstract class DigestRunnerTests(StateStores stores) : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset MondayMorning = new(2031, 6, 2, 9, 30, 0, TimeSpan.Zero);

    private static IEnumerable<string> Headings(Reply reply) => reply.Sections.Select(s => s.Heading);

    private static string Text(Reply reply) => PlainTextRenderer.Render(reply);

    [Fact]
    public async Task The_first_digest_covers_the_last_week_only()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);

        var outcome = await f.Runner.CatchUpAsync(subscription, Ct);

        Assert.Equal(DigestOutcome.Sent, outcome);
        var digest = Assert.Single(f.Channel.Delivered).Reply;
        Assert.Contains("Harbour shelled", Text(digest), StringComparison.Ordinal);
        Assert.DoesNotContain("Old analysis", Text(digest), StringComparison.Ordinal);
        Assert.Contains("What happened", Headings(digest));
    }

    [Fact]
    public async Task A_second_wake_up_for_the_same_occurrence_sends_nothing()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);

        var first = await f.Runner.CatchUpAsync(subscription, Ct);
        var second = await f.Runner.CatchUpAsync(subscription, Ct);

        Assert.Equal((DigestOutcome.Sent, DigestOutcome.AlreadySent), (first, second));
        Assert.Single(f.Channel.Delivered);
    }

    [Fact]
    public async Task After_weeks_of_downtime_only_the_latest_digest_is_sent_and_it_covers_the_gap()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);
        await f.Runner.CatchUpAsync(subscription, Ct);

        f.MoveTo(MondayMorning.AddDays(29));
        await f.Runner.CatchUpAsync(subscription, Ct);

        Assert.Equal(2, f.Channel.Delivered.Count);
        var record = f.State.LastSent(subscription.Id)!;
        Assert.Equal((new DateTime(2031, 6, 2, 9, 0, 0), new DateTime(2031, 6, 30, 9, 0, 0)), (record.WindowStartUtc, record.WindowEndUtc));
    }

    [Fact]
    public async Task A_crash_after_sending_but_before_recording_does_not_send_twice()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);
        f.Channel.CrashAfterDelivery = new InvalidOperationException("process killed");
        await Assert.ThrowsAsync<InvalidOperationException>(() => f.Runner.CatchUpAsync(subscription, Ct));

        var afterRestart = await f.Runner.CatchUpAsync(subscription, Ct);

        Assert.Equal(DigestOutcome.Recovered, afterRestart);
        Assert.Single(f.Channel.Delivered);
        Assert.Equal(DigestStatus.Sent, f.State.LastSent(subscription.Id)!.Status);
    }

    [Fact]
    public async Task A_crash_after_recording_but_before_sending_sends_once_on_restart()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);
        f.State.RecordPending(new DigestRecord { Id = $"{subscription.Id}@2031-06-02T09:00", SubscriptionId = subscription.Id, WindowStartUtc = new DateTime(2031, 5, 26, 9, 0, 0), WindowEndUtc = new DateTime(2031, 6, 2, 9, 0, 0) });

        var outcome = await f.Runner.CatchUpAsync(subscription, Ct);

        Assert.Equal(DigestOutcome.Sent, outcome);
        Assert.Single(f.Channel.Delivered);
    }

    [Fact]
    public async Task A_digest_that_reached_the_channel_before_a_long_outage_is_recorded_and_the_next_covers_the_rest()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);
        f.Channel.CrashAfterDelivery = new InvalidOperationException("process killed");
        await Assert.ThrowsAsync<InvalidOperationException>(() => f.Runner.CatchUpAsync(subscription, Ct));

        f.MoveTo(MondayMorning.AddDays(14));
        var outcome = await f.Runner.CatchUpAsync(subscription, Ct);

        Assert.Equal(DigestOutcome.Sent, outcome);
        Assert.Equal(["outbox:team@2031-06-02T09:00", "outbox:team@2031-06-16T09:00"], f.Channel.Delivered.Select(m => m.IdempotencyKey));
        Assert.Equal(DigestStatus.Sent, f.State.GetDigest("outbox:team@2031-06-02T09:00")!.Status);
        Assert.Equal(new DateTime(2031, 6, 2, 9, 0, 0), f.State.LastSent(subscription.Id)!.WindowStartUtc);
    }

    [Fact]
    public async Task A_digest_that_never_left_before_a_long_outage_is_superseded_by_one_covering_its_window()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);
        await f.Runner.CatchUpAsync(subscription, Ct);
        f.MoveTo(MondayMorning.AddDays(7));
        f.Channel.FailWith(new InvalidOperationException("process killed before the message left"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => f.Runner.CatchUpAsync(subscription, Ct));

        f.MoveTo(MondayMorning.AddDays(21));
        var outcome = await f.Runner.CatchUpAsync(subscription, Ct);

        Assert.Equal(DigestOutcome.Sent, outcome);
        Assert.Equal(["outbox:team@2031-06-02T09:00", "outbox:team@2031-06-23T09:00"], f.Channel.Delivered.Select(m => m.IdempotencyKey));
        Assert.Equal(DigestStatus.Superseded, f.State.GetDigest("outbox:team@2031-06-09T09:00")!.Status);
        Assert.Equal((new DateTime(2031, 6, 2, 9, 0, 0), new DateTime(2031, 6, 23, 9, 0, 0)), (f.State.LastSent(subscription.Id)!.WindowStartUtc, f.State.LastSent(subscription.Id)!.WindowEndUtc));
    }

    [Fact]
    public async Task Before_the_knowledge_base_is_loaded_nothing_is_composed_recorded_or_sent()
    {
        using var f = NewFixture();
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);

        var early = await f.Runner.CatchUpAsync(subscription, Ct);
        await f.Shelf.BuildAsync(Ct);
        var loaded = await f.Runner.CatchUpAsync(subscription, Ct);

        Assert.Equal((DigestOutcome.WillRetry, DigestOutcome.Sent), (early, loaded));
        var digest = Assert.Single(f.Channel.Delivered).Reply;
        Assert.Contains("New on the shelf", digest.Sections.Select(s => s.Heading));
    }

    [Fact]
    public async Task A_server_error_leaves_the_digest_pending_and_the_next_sweep_sends_it_once()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);
        f.Channel.FailWith(new PublishException("503", isPermanent: false));

        var first = await f.Runner.CatchUpAsync(subscription, Ct);
        var second = await f.Runner.CatchUpAsync(subscription, Ct);

        Assert.Equal((DigestOutcome.WillRetry, DigestOutcome.Sent), (first, second));
        Assert.Single(f.Channel.Delivered);
        Assert.Equal(2, f.State.LastSent(subscription.Id)!.Attempts);
    }

    [Fact]
    public async Task A_permanent_refusal_pauses_the_subscription_instead_of_retrying()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);
        f.Channel.FailWith(new PublishException("channel_not_found", isPermanent: true));

        var outcome = await f.Runner.CatchUpAsync(subscription, Ct);
        f.MoveTo(MondayMorning.AddDays(7));
        var nextWeek = await f.Runner.CatchUpAsync(f.State.GetSubscription(subscription.Id)!, Ct);

        Assert.Equal((DigestOutcome.Paused, DigestOutcome.Paused), (outcome, nextWeek));
        Assert.Empty(f.Channel.Delivered);
        Assert.Equal("channel_not_found", f.State.GetSubscription(subscription.Id)!.PausedReason);
    }

    [Fact]
    public async Task An_article_added_later_is_new_and_an_edited_one_is_updated_not_new()
    {
        using var f = NewFixture();
        var subscription = await f.FirstDigestDeliveredAsync(MondayMorning, Ct);

        var digest = await f.NextWeekAsync(subscription, MondayMorning, shelf =>
        {
            shelf.WithArticle("added", "Talks in Fredville", "2020-01-01", "Freedonian and Sylvanian envoys met in Fredville on June 3, 2031, to discuss the harbour. Sylvanian officials had first proposed talks on March 3, 2031.");
            shelf.WithArticle("recent", "Harbour shelled", "2031-05-29", "Sylvanian gunboats shelled the Freedonian harbour on May 28, 2031. Freedonian officials protested on May 29, 2031.\n\nA second paragraph was added.");
        }, Ct);

        var text = Text(digest);
        Assert.Contains("New on the shelf", Headings(digest));
        Assert.Contains("Talks in Fredville", digest.Sections.Single(s => s.Heading == "New on the shelf").Lines.Single().PlainText, StringComparison.Ordinal);
        Assert.Contains("Harbour shelled — updated: ¶2 added", text, StringComparison.Ordinal);
        Assert.Contains(digest.Sections.Single(s => s.Heading == "Newly reported").Lines, l => l.PlainText.StartsWith("3 March 2031", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_update_says_which_paragraphs_changed_and_cites_the_first_of_them()
    {
        using var f = NewFixture();
        f.Shelf.WithArticle("long", "Border report", "2031-01-02", "First paragraph about the border.\n\nSecond paragraph about patrols.\n\nThird paragraph about trade.\n\nFourth paragraph about talks.");
        var subscription = await f.FirstDigestDeliveredAsync(MondayMorning, Ct);

        var digest = await f.NextWeekAsync(subscription, MondayMorning, shelf =>
        {
            shelf.WithArticle("long", "Border report, revised", "2031-01-02", "A new opening paragraph.\n\nFirst paragraph about the border.\n\nSecond paragraph about patrols, now corrected.\n\nFourth paragraph about talks.");
        }, Ct);

        var line = digest.Sections.Single(s => s.Heading == "Updated").Lines.Single();
        var cited = digest.Sources.Single(s => s.Number == line.Spans.OfType<CitationSpan>().Single().Number);
        Assert.StartsWith("Border report, revised — updated: ¶1 added, ¶3 rewritten, 1 paragraph removed, retitled (was “Border report”)", line.PlainText, StringComparison.Ordinal);
        Assert.Equal(("Border report, revised", 1), (cited.ArticleTitle, cited.Paragraph));
        Assert.DoesNotContain("New on the shelf", Headings(digest));
    }

    [Fact]
    public async Task In_the_news_says_what_is_new_about_an_actor_and_cites_it()
    {
        using var f = NewFixture();
        var subscription = await f.FirstDigestDeliveredAsync(MondayMorning, Ct);

        var digest = await f.NextWeekAsync(subscription, MondayMorning, shelf =>
        {
            shelf.WithArticle("talks", "Talks at the harbour", "2031-06-03", "Sylvanian Foreign Minister Chicolini Ravelli met Freedonian envoys at the harbour on June 3, 2031. Ravelli said the truce of 2030 still held.");
        }, Ct);

        var line = digest.Sections.Single(s => s.Heading == "In the news").Lines.Single(l => l.PlainText.StartsWith("Chicolini Ravelli", StringComparison.Ordinal));
        Assert.Matches(@"^Chicolini Ravelli — \d+ events?; new role: Foreign Minister \(Sylvania\); ", line.PlainText);
        Assert.Matches(@"\d+ new facts? \[\d+\]$", line.PlainText);
        var cited = digest.Sources.Single(s => s.Number == line.Spans.OfType<CitationSpan>().Single().Number);
        Assert.Equal("Talks at the harbour", cited.ArticleTitle);
    }

    [Fact]
    public async Task Changing_only_front_matter_is_not_reported_as_an_update()
    {
        using var f = NewFixture();
        var subscription = await f.FirstDigestDeliveredAsync(MondayMorning, Ct);

        var digest = await f.NextWeekAsync(subscription, MondayMorning, shelf => shelf.WithArticle("recent", "Harbour shelled", "2031-05-29", "Sylvanian gunboats shelled the Freedonian harbour on May 28, 2031. Freedonian officials protested on May 29, 2031.", "A. New Author"), Ct);

        Assert.DoesNotContain("Updated", Headings(digest));
    }

    [Fact]
    public async Task An_article_taken_off_the_shelf_is_listed_as_removed_once_and_not_new_when_it_returns()
    {
        using var f = NewFixture();
        var subscription = await f.FirstDigestDeliveredAsync(MondayMorning, Ct);

        var removedWeek = await f.NextWeekAsync(subscription, MondayMorning, shelf => shelf.WithoutArticle("old"), Ct);
        var returnedWeek = await f.NextWeekAsync(subscription, MondayMorning.AddDays(7), shelf => shelf.WithArticle("old", "Old analysis", "2030-01-10", "Sylvania and Freedonia signed a truce on January 5, 2030."), Ct);

        Assert.StartsWith("Old analysis — no longer on the shelf", removedWeek.Sections.Single(s => s.Heading == "Removed from the shelf").Lines.Single().PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Removed from the shelf", Headings(returnedWeek));
        Assert.DoesNotContain("New on the shelf", Headings(returnedWeek));
    }

    [Fact]
    public async Task Rebuilding_the_knowledge_base_does_not_make_old_articles_new()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);
        await f.Runner.CatchUpAsync(subscription, Ct);

        f.Shelf.Store.Dispose();
        File.Delete(f.Shelf.DatabasePath);
        using var rebuilt = new DigestFixture(f.State);
        foreach (var file in Directory.GetFiles(Path.Combine(f.Shelf.KnowledgeDirectory, "articles")))
        {
            rebuilt.Shelf.WithRawArticle(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
        }

        await rebuilt.Shelf.BuildAsync(Ct);
        rebuilt.MoveTo(MondayMorning.AddDays(7));
        await rebuilt.Runner.CatchUpAsync(subscription, Ct);

        var digest = Assert.Single(rebuilt.Channel.Delivered).Reply;
        Assert.DoesNotContain("New on the shelf", Headings(digest));
        Assert.StartsWith("A quiet week", digest.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_actor_filter_keeps_only_that_actors_news()
    {
        using var f = NewFixture();
        f.Shelf.WithArticle("other", "Elsewhere", "2031-05-30", "Quentin Hale opened a bridge in Port Lune on May 30, 2031.");
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe("monday 09:00 UTC", "sylvania");
        f.MoveTo(MondayMorning);

        await f.Runner.CatchUpAsync(subscription, Ct);

        var text = Text(Assert.Single(f.Channel.Delivered).Reply);
        Assert.Contains("Harbour shelled", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quentin Hale", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_digest_arrives_as_several_messages_and_a_crash_between_them_resumes_with_the_rest()
    {
        using var f = NewFixture();
        for (var i = 1; i <= 14; i++)
        {
            f.Shelf.WithArticle($"burst-{i:D2}", $"Burst story {i:D2}", "2031-05-30", $"Sylvania and Freedonia traded accusations over the harbour in statement number {i}, a long text that went through the history of the dispute, the fishing rights, the customs house and the truce, clause by clause. " + $"Officials of both sides then answered each other at length about the same matters in a second statement numbered {i}, which again recalled every earlier meeting.");
        }

        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();
        f.MoveTo(MondayMorning);
        f.Channel.CrashAfterDelivery = new InvalidOperationException("process killed after the first part");
        await Assert.ThrowsAsync<InvalidOperationException>(() => f.Runner.CatchUpAsync(subscription, Ct));

        var afterRestart = await f.Runner.CatchUpAsync(subscription, Ct);

        var keys = f.Channel.Delivered.Select(m => m.IdempotencyKey).ToList();
        Assert.Equal(DigestOutcome.Sent, afterRestart);
        Assert.True(keys.Count > 1);
        Assert.Equal(keys.Distinct(), keys);
        Assert.Equal(Enumerable.Range(1, keys.Count).Select(n => $"{subscription.Id}@2031-06-02T09:00#{n}"), keys);
        Assert.Equal(keys.Count, f.State.LastSent(subscription.Id)!.MessageIds.Count);
    }

    [Fact]
    public async Task Preview_shows_the_next_digest_without_sending_or_recording_it()
    {
        using var f = NewFixture();
        await f.Shelf.BuildAsync(Ct);
        var subscription = f.Subscribe();

        var preview = f.Runner.Preview(subscription);

        Assert.Contains("Harbour shelled", Text(preview), StringComparison.Ordinal);
        Assert.Empty(f.Channel.Delivered);
        Assert.Null(f.State.LastSent(subscription.Id));
    }

    [Fact]
    public async Task An_event_dated_today_is_listed_in_the_digest_sent_today_and_not_again_in_the_next()
    {
        using var f = NewFixture();
        var subscription = f.Subscribe();
        f.Shelf.WithArticle("today", "Harbour shelled again", "2031-06-01", "Sylvanian gunboats shelled the Freedonian harbour on June 1, 2031.");
        await f.Shelf.BuildAsync(Ct);
        f.Runner.ObserveShelf();

        await f.Runner.SendNowAsync(subscription, Ct);
        f.MoveTo(f.Time.GetUtcNow().AddHours(1));
        var preview = f.Runner.Preview(subscription);

        var sent = Assert.Single(f.Channel.Delivered).Reply;
        Assert.Contains(sent.Sections.Single(s => s.Heading == "What happened").Lines, l => l.PlainText.StartsWith("1 June 2031", StringComparison.Ordinal));
        Assert.DoesNotContain("1 June 2031", Text(preview), StringComparison.Ordinal);
    }

    private DigestFixture NewFixture() => new(stores.Open());

    public void Dispose()
    {
        stores.Dispose();
        GC.SuppressFinalize(this);
    }
}
