using BriefBot.Core.Commands.Shelf;
using BriefBot.Core.Intake;
using BriefBot.Core.Replies;
using Xunit;

namespace BriefBot.Core.Tests.Intake;

public sealed class ShelfPollingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (string, string, string, string?)[] Items(int count, int from = 0) =>
        [.. Enumerable.Range(from, count).Select(i => ($"g{i}", $"/s/{i}", $"Story {i}", (string?)new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i).ToString("R", System.Globalization.CultureInfo.InvariantCulture)))];

    private static void ServeStories(IntakeRig rig, int count, int from = 0)
    {
        for (var i = from; i < from + count; i++)
        {
            rig.Web.Serve($"/s/{i}", "text/html", Pages.Story($"Story number {i}", paragraphs: [.. Pages.StoryParagraphs.Select(p => $"{p} (Report {i}.)")]));
        }
    }

    [Fact]
    public async Task A_first_import_takes_only_the_newest_items_and_never_brings_in_the_rest_later()
    {
        await using var rig = await IntakeRig.StartAsync(Ct, o => o.FirstImportLimit = 3);
        ServeStories(rig, 11);
        rig.Web.Serve("/feed.xml", "application/rss+xml", Feeds.Rss(Items(10)));
        var progress = new List<IntakeProgress>();
        var source = rig.Intake.Follow(rig.Web.Url("/feed.xml"), null, null, fromConfiguration: false);

        var first = await rig.Intake.PollAsync(source, new SynchronousProgress(progress), Ct);
        rig.Web.Serve("/feed.xml", "application/rss+xml", Feeds.Rss(Items(11)));
        var second = await rig.Intake.PollAsync(rig.State.GetSource(source.Id)!, null, Ct);

        Assert.Equal((3, 7), (first.Added, first.Skipped));
        Assert.Equal([1, 2, 3], progress.Select(p => p.Done));
        Assert.All(progress, p => Assert.Equal(3, p.Total));
        Assert.Equal(1, second.Added);
        Assert.Equal(4, rig.ArticleFiles().Length);
        Assert.Equal(0, rig.Web.CountOf("/s/0"));
        Assert.Equal(1, rig.Web.CountOf("/s/10"));
    }

    [Fact]
    public async Task A_failing_feed_backs_off_exponentially_and_is_not_polled_before_its_time()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Status("/feed.xml", 500);
        var source = rig.Intake.Follow(rig.Web.Url("/feed.xml"), TimeSpan.FromMinutes(1), null, fromConfiguration: false);

        await rig.Intake.PollDueAsync(all: false, null, Ct);
        var afterFirst = rig.State.GetSource(source.Id)!;
        rig.Time.Advance(TimeSpan.FromMinutes(4));
        await rig.Intake.PollDueAsync(all: false, null, Ct);
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        await rig.Intake.PollDueAsync(all: false, null, Ct);
        var afterSecond = rig.State.GetSource(source.Id)!;

        Assert.Equal(2, rig.Web.CountOf("/feed.xml"));
        Assert.Equal(rig.Time.GetUtcNow().UtcDateTime.AddMinutes(10), afterSecond.NextAttemptUtc);
        Assert.Equal(afterFirst.FailingSinceUtc, afterSecond.FailingSinceUtc);
        Assert.Equal(2, afterSecond.Failures);
        Assert.Contains("HTTP 500", afterSecond.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_after_on_a_feed_is_honoured_over_the_backoff()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Status("/feed.xml", 429, new Dictionary<string, string>(StringComparer.Ordinal) { ["Retry-After"] = "7200" });
        var source = rig.Intake.Follow(rig.Web.Url("/feed.xml"), TimeSpan.FromMinutes(1), null, fromConfiguration: false);

        await rig.Intake.PollDueAsync(all: false, null, Ct);

        Assert.Equal(rig.Time.GetUtcNow().UtcDateTime.AddHours(2), rig.State.GetSource(source.Id)!.NextAttemptUtc);
    }

    [Fact]
    public async Task A_feed_failing_for_days_says_so_in_the_list_and_recovers_when_it_answers()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Status("/feed.xml", 503);
        var source = rig.Intake.Follow(rig.Web.Url("/feed.xml"), null, "Observer", fromConfiguration: false);
        for (var day = 0; day < 3; day++)
        {
            await rig.Intake.PollAsync(rig.State.GetSource(source.Id)!, null, Ct);
            rig.Time.Advance(TimeSpan.FromHours(13));
        }

        var failing = PlainTextRenderer.Render(ShelfReplies.List(rig.State.AllSources(), rig.Time.GetUtcNow().UtcDateTime));
        ServeStories(rig, 1);
        rig.Web.Serve("/feed.xml", "application/rss+xml", Feeds.Rss(Items(1)));
        await rig.Intake.PollAsync(rig.State.GetSource(source.Id)!, null, Ct);
        var recovered = PlainTextRenderer.Render(ShelfReplies.List(rig.State.AllSources(), rig.Time.GetUtcNow().UtcDateTime));

        Assert.Contains("FAILING for 1 days (3 tries)", failing, StringComparison.Ordinal);
        Assert.Contains("answered 503", failing, StringComparison.Ordinal);
        Assert.DoesNotContain("failing", recovered, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("every 1h; 1 articles; last read 2 Dec 2026 24:00 UTC".Replace("24:00", "NOW", StringComparison.Ordinal).Replace("2 Dec 2026 NOW", rig.Time.GetUtcNow().ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), recovered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fetched")]
    [InlineData("saved")]
    public async Task A_poller_killed_mid_item_adds_each_item_exactly_once_after_a_restart(string crashAt)
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        ServeStories(rig, 3);
        rig.Web.Serve("/feed.xml", "application/rss+xml", Feeds.Rss(Items(3)), etag: "\"e\"");
        var source = rig.Intake.Follow(rig.Web.Url("/feed.xml"), null, null, fromConfiguration: false);
        var calls = 0;
        rig.Intake.Checkpoint = point =>
        {
            if (point == crashAt && ++calls == 2)
            {
                throw new CrashException();
            }
        };

        await Assert.ThrowsAsync<CrashException>(() => rig.Intake.PollAsync(source, null, Ct));
        rig.Restart();
        var after = await rig.Intake.PollAsync(rig.State.GetSource(source.Id)!, null, Ct);
        var again = await rig.Intake.PollAsync(rig.State.GetSource(source.Id)!, null, Ct);

        Assert.Equal(3, rig.ArticleFiles().Length);
        Assert.Equal(2, after.Added);
        Assert.Equal(0, again.Added);
        Assert.Equal(3, rig.State.ItemCount);
        Assert.Empty(Directory.EnumerateFiles(rig.Articles, ".*"));
    }

    private sealed class CrashException : Exception;

    private sealed class SynchronousProgress(List<IntakeProgress> seen) : IProgress<IntakeProgress>
    {
        public void Report(IntakeProgress value) => seen.Add(value);
    }
}
