using BriefBot.Core.Intake;
using BriefBot.Core.Knowledge.Ingest;
using Xunit;

namespace BriefBot.Core.Tests.Intake;

public sealed class ShelfIntakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string[] Other(string topic) =>
    [
        $"The {topic} committee published its annual review on Monday, covering the budget, the staffing plan and the programme for next year in detail.",
        $"Members of the {topic} committee disagreed on the priorities, and two of them attached dissenting notes to the review before it was sent to parliament.",
        $"The review will be debated in January, when the government is expected to respond to each of its recommendations in a written statement to members.",
    ];

    [Fact]
    public async Task Feed_entries_become_articles_with_the_pages_metadata_and_a_second_poll_adds_nothing()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/feed.xml", "application/rss+xml", Feeds.Rss(("g1", "/stories/border", "Border talks", "Mon, 30 Nov 2026 08:00:00 GMT"), ("g2", "/stories/review", "Review", null)), etag: "\"f1\"");
        rig.Web.Serve("/stories/border", "text/html; charset=utf-8", Pages.Story());
        rig.Web.Serve("/stories/review", "text/html", Pages.Story("Committee review published", published: null, paragraphs: Other("budget")));
        var source = rig.Intake.Follow(rig.Web.Url("/feed.xml"), null, "Observer", fromConfiguration: false);

        var first = await rig.Intake.PollAsync(source, null, Ct);
        var second = await rig.Intake.PollAsync(rig.State.GetSource(source.Id)!, null, Ct);

        Assert.Equal((2, 0), (first.Added, first.Failed));
        Assert.Equal(0, second.Added);
        Assert.Equal("\"f1\"", rig.Web.Requests.Last(r => r.Path == "/feed.xml").IfNoneMatch);
        Assert.Equal(1, rig.Web.CountOf("/stories/border"));
        Assert.Equal(2, rig.ArticleFiles().Length);
        var border = rig.Read(rig.ArticleFiles().Single(f => f.StartsWith("border-talks-resume-in-geneva-", StringComparison.Ordinal)));
        Assert.Contains("title: \"Border talks resume in Geneva\"", border, StringComparison.Ordinal);
        Assert.Contains("  - \"Amira Haddad\"", border, StringComparison.Ordinal);
        Assert.Contains("source: \"The Regional Observer\"", border, StringComparison.Ordinal);
        Assert.Contains("published: 2026-11-30", border, StringComparison.Ordinal);
        Assert.Contains($"url: \"{rig.Web.Url("/stories/border")}\"", border, StringComparison.Ordinal);
        Assert.Contains("fetched: 2026-12-01T09:00:00Z", border, StringComparison.Ordinal);
        Assert.Contains(Pages.StoryParagraphs[4], border, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", border, StringComparison.Ordinal);
        var review = rig.Read(rig.ArticleFiles().Single(f => f.StartsWith("committee-review", StringComparison.Ordinal)));
        Assert.DoesNotContain("published:", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Written_articles_are_read_by_the_shelf_parser_unchanged()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/page", "text/html", Pages.Story());

        var outcome = await rig.Intake.AddLinkAsync(rig.Web.Url("/page"), Ct);

        var file = Assert.Single(rig.ArticleFiles());
        var parsed = MarkdownArticleParser.Parse(file, File.ReadAllBytes(Path.Combine(rig.Articles, file)));
        Assert.Equal(IntakeOutcomeKind.Added, outcome.Kind);
        Assert.Null(parsed.Problem);
        Assert.Equal("Border talks resume in Geneva", parsed.Article!.Title);
        Assert.Equal(new DateOnly(2026, 11, 30), parsed.Article.Published);
        Assert.Equal("The Regional Observer", parsed.Article.Source);
        Assert.Equal(Pages.StoryParagraphs, parsed.Article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public async Task Full_text_in_the_feed_is_used_without_fetching_the_page()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        var words = Enumerable.Range(0, 6).Select(i => string.Join(' ', Pages.StoryParagraphs[i % 5].Split(' ').Take(25)) + ".").ToArray();
        rig.Web.Serve("/full.xml", "text/html", Feeds.RssWithFullText("x1", rig.Web.Url("/never").AbsoluteUri, "Full text story", words));
        var source = rig.Intake.Follow(rig.Web.Url("/full.xml"), null, null, fromConfiguration: false);

        var report = await rig.Intake.PollAsync(source, null, Ct);

        Assert.Equal(1, report.Added);
        Assert.Equal(0, rig.Web.CountOf("/never"));
        Assert.Contains("  - \"Jonas Berg\"", rig.Read(Assert.Single(rig.ArticleFiles())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changed_text_rewrites_the_same_article_file()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/feed.xml", "application/rss+xml", Feeds.Rss(("g1", "/story", "Border talks", "Mon, 30 Nov 2026 08:00:00 GMT")));
        rig.Web.Serve("/story", "text/html", Pages.Story());
        var source = rig.Intake.Follow(rig.Web.Url("/feed.xml"), null, null, fromConfiguration: false);
        await rig.Intake.PollAsync(source, null, Ct);
        var file = Assert.Single(rig.ArticleFiles());

        rig.Web.Serve("/feed.xml", "application/rss+xml", Feeds.Rss(("g1", "/story", "Border talks (updated)", "Tue, 01 Dec 2026 08:00:00 GMT")));
        rig.Web.Serve("/story", "text/html", Pages.Story(paragraphs: [.. Pages.StoryParagraphs, "Update: the working group will meet for the first time on 12 December in Vienna, officials said."]));
        var report = await rig.Intake.PollAsync(rig.State.GetSource(source.Id)!, null, Ct);

        Assert.Equal((0, 1), (report.Added, report.Updated));
        Assert.Equal(file, Assert.Single(rig.ArticleFiles()));
        Assert.Contains("12 December in Vienna", rig.Read(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_story_through_two_feeds_with_tracking_and_amp_addresses_is_one_article()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        var canonical = rig.Web.Url("/2026/story").AbsoluteUri;
        rig.Web.Serve("/a.xml", "application/rss+xml", Feeds.Rss(("a1", "/2026/story?utm_source=rss&utm_medium=feed", "Story", null)));
        rig.Web.Serve("/b.xml", "application/atom+xml", Feeds.Atom("/2026/story/amp"));
        rig.Web.Serve("/2026/story", "text/html", Pages.Story(canonical: canonical));
        rig.Web.Serve("/2026/story/amp", "text/html", Pages.Story(canonical: canonical));
        var a = rig.Intake.Follow(rig.Web.Url("/a.xml"), null, null, fromConfiguration: false);
        var b = rig.Intake.Follow(rig.Web.Url("/b.xml"), null, null, fromConfiguration: false);

        var first = await rig.Intake.PollAsync(a, null, Ct);
        var second = await rig.Intake.PollAsync(b, null, Ct);

        Assert.True(first.Added == 1, first.ToString() + string.Join(",", rig.Web.Requests.Select(r => r.Path + r.Query)));
        Assert.True((0, 1) == (second.Added, second.Unchanged), second.ToString());
        Assert.Equal(0, rig.Web.CountOf("/2026/story/amp"));
        Assert.Single(rig.ArticleFiles());
    }

    [Fact]
    public async Task The_same_event_told_by_two_publishers_stays_two_articles()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/one", "text/html", Pages.Story());
        rig.Web.Serve("/two", "text/html", Pages.Story(paragraphs: [.. Pages.StoryParagraphs.Select(p => p.Replace("Geneva", "the Swiss city", StringComparison.Ordinal))]));

        var one = await rig.Intake.AddLinkAsync(rig.Web.Url("/one"), Ct);
        var two = await rig.Intake.AddLinkAsync(rig.Web.Url("/two"), Ct);

        Assert.Equal((IntakeOutcomeKind.Added, IntakeOutcomeKind.Added), (one.Kind, two.Kind));
        Assert.Equal(2, rig.ArticleFiles().Length);
    }

    [Fact]
    public async Task A_link_added_twice_with_tracking_parameters_is_already_on_the_shelf()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/page", "text/html", Pages.Story());

        await rig.Intake.AddLinkAsync(rig.Web.Url("/page"), Ct);
        var again = await rig.Intake.AddLinkAsync(new Uri(rig.Web.Url("/page") + "?utm_campaign=x&fbclid=abc#top"), Ct);

        Assert.Equal(IntakeOutcomeKind.Unchanged, again.Kind);
        Assert.Single(rig.ArticleFiles());
    }

    [Fact]
    public async Task A_linked_pdf_becomes_an_article()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/brief.pdf", "application/pdf", ReportPdf.Build());

        var outcome = await rig.Intake.AddLinkAsync(rig.Web.Url("/brief.pdf"), Ct);

        Assert.Equal(IntakeOutcomeKind.Added, outcome.Kind);
        var text = rig.Read(Assert.Single(rig.ArticleFiles()));
        Assert.Contains("title: \"Reopening the Border: Options for 2027\"", text, StringComparison.Ordinal);
        Assert.Contains(ReportPdf.Paragraphs[5], text, StringComparison.Ordinal);
        Assert.DoesNotContain("Policy Brief 12", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_dropped_into_the_articles_folder_gets_a_markdown_article_beside_it_once()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        await File.WriteAllBytesAsync(Path.Combine(rig.Articles, "border-brief.pdf"), ReportPdf.Build(), Ct);

        var first = rig.Intake.ImportDroppedPdfs(Ct);
        var second = rig.Intake.ImportDroppedPdfs(Ct);

        Assert.Equal(IntakeOutcomeKind.Added, Assert.Single(first).Kind);
        Assert.Empty(second);
        Assert.Equal(["border-brief.md"], rig.ArticleFiles());
        Assert.Contains("  - \"Jonas Berg\"", rig.Read("border-brief.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_address_is_answered_with_the_reason()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/photo.jpg", "image/png", [0x89, 0x50, 0x4E, 0x47]);

        var outcome = await rig.Intake.AddLinkAsync(rig.Web.Url("/photo.jpg"), Ct);

        Assert.Equal(IntakeOutcomeKind.Refused, outcome.Kind);
        Assert.Contains("image/png", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(rig.ArticleFiles());
    }
}
