using BriefBot.Host.Cli;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.Web;
using Xunit;

namespace BriefBot.Host.Tests.Cli;

public sealed class ShelfVerbTests
{
    private const string Page = """
        <html lang="en"><head><title>Harbour reopens</title><meta property="og:site_name" content="Port Gazette"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Harbour reopens</h1>
        <p>The harbour of Port Marl reopened to shipping on Monday after three weeks of repairs to the breakwater and the main quay.</p>
        <p>Harbour officials said that the first container ship would dock on Wednesday, and that the ferry service would resume at the weekend.</p>
        <p>Local businesses welcomed the news, although fishermen said that their compensation claims for the closure were still unanswered.</p>
        </article></body></html>
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Code, string Output)> ShelfAsync(TestShelf shelf, params string[] args)
    {
        using var output = new StringWriter();
        var code = await ShelfVerb.RunAsync([.. args, "--knowledge", shelf.KnowledgeDirectory, "--db", shelf.DatabasePath, "--state", shelf.StatePath, "--Shelf:AllowedHosts:0", "127.0.0.1"], output, Ct);
        return (code, output.ToString());
    }

    [Fact]
    public async Task Shelf_add_writes_the_article_and_says_where()
    {
        using var shelf = new TestShelf();
        await using var web = await FakeWebServer.StartAsync(Ct);
        web.Serve("/harbour", "text/html", Page);

        var (code, output) = await ShelfAsync(shelf, "add", web.Url("/harbour").AbsoluteUri);

        Assert.Equal(0, code);
        Assert.Contains("Added to the shelf: Harbour reopens (harbour-reopens-", output, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(shelf.KnowledgeDirectory, "articles"), "harbour-reopens-*.md"));
        Assert.Contains("source: \"Port Gazette\"", await File.ReadAllTextAsync(file, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shelf_feed_add_shows_progress_and_shelf_list_shows_the_feed()
    {
        using var shelf = new TestShelf();
        await using var web = await FakeWebServer.StartAsync(Ct);
        web.Serve("/harbour", "text/html", Page);
        web.Serve("/feed.xml", "application/rss+xml", """<?xml version="1.0"?><rss version="2.0"><channel><title>Port Gazette</title><item><title>Harbour reopens</title><link>/harbour</link><guid>h1</guid></item></channel></rss>""");

        var (code, output) = await ShelfAsync(shelf, "feed", "add", web.Url("/feed.xml").AbsoluteUri, "--every", "30m", "--name", "Gazette");
        var (_, list) = await ShelfAsync(shelf, "list");

        Assert.Equal(0, code);
        Assert.Contains("[####################]   1/1  Harbour reopens", output, StringComparison.Ordinal);
        Assert.Contains("Gazette (f", output, StringComparison.Ordinal);
        Assert.Contains("read every 30m: 1 added.", output, StringComparison.Ordinal);
        Assert.Contains("Gazette — every 30m; 1 articles; last read", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_private_address_is_refused_without_the_allow_list()
    {
        using var shelf = new TestShelf();
        using var output = new StringWriter();

        var code = await ShelfVerb.RunAsync(["add", "http://127.0.0.1:9/page", "--knowledge", shelf.KnowledgeDirectory, "--state", shelf.StatePath], output, Ct);

        Assert.Equal(1, code);
        Assert.Contains("BriefBot does not fetch 127.0.0.1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_interval_is_a_usage_error()
    {
        using var shelf = new TestShelf();

        var (code, _) = await ShelfAsync(shelf, "feed", "add", "http://example.org/feed.xml", "--every", "often");

        Assert.Equal(Usage.ExitCode, code);
    }
}
