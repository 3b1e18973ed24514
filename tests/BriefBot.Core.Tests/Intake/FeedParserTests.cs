using BriefBot.Core.Intake;
using Xunit;

namespace BriefBot.Core.Tests.Intake;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("http://news.example/feeds/world.xml");

    [Fact]
    public void Rss_with_a_bom_html_entities_cdata_and_relative_links_reads_every_item()
    {
        var xml = Feeds.Rss(("g1", "/stories/1?utm_source=rss", "Iran &amp;amp; <b>Iraq</b> talk", "Mon, 30 Nov 2026 08:00:00 GMT"), ("g2", "stories/2", "Second", null));

        var feed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml), FeedUrl, out var error);

        Assert.Equal("", error);
        Assert.NotNull(feed);
        Assert.Equal("The Regional Observer – World", feed.Title);
        Assert.Equal("en", feed.Language);
        var first = feed.Entries.Single(e => e.Id == "g1");
        Assert.Equal("Iran & Iraq talk", first.Title);
        Assert.Equal(new Uri("http://news.example/stories/1?utm_source=rss"), first.Link);
        Assert.Equal(new DateOnly(2026, 11, 30), first.Published);
        Assert.Equal(["Amira Haddad"], first.Authors);
        var second = feed.Entries.Single(e => e.Id == "g2");
        Assert.Null(second.Published);
        Assert.Equal(new Uri("http://news.example/feeds/stories/2"), second.Link);
    }

    [Fact]
    public void A_guid_given_twice_is_one_entry()
    {
        var xml = Feeds.Rss(("same", "/a", "First", null), ("same", "/b", "Again", null));

        var feed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml), FeedUrl, out _);

        Assert.Equal("First", Assert.Single(feed!.Entries).Title);
    }

    [Fact]
    public void Content_encoded_is_taken_as_the_body()
    {
        var xml = Feeds.RssWithFullText("x", "http://full.example/x", "Full", ["One paragraph.", "Two paragraphs."]);

        var entry = Assert.Single(FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml), FeedUrl, out _)!.Entries);

        Assert.Contains("<p>Two paragraphs.</p>", entry.Body, StringComparison.Ordinal);
        Assert.Equal(["Jonas Berg"], entry.Authors);
    }

    [Fact]
    public void Rss_1_rdf_items_have_their_dublin_core_creator_and_date()
    {
        var xml = Feeds.Rdf("http://institute.example/notes/trade");

        var entry = Assert.Single(FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml), FeedUrl, out _)!.Entries);

        Assert.Equal("Notes on regional trade", entry.Title);
        Assert.Equal(["Lea Novak"], entry.Authors);
        Assert.Equal(new DateOnly(2026, 11, 28), entry.Published);
        Assert.Equal(new Uri("http://institute.example/notes/trade"), entry.Link);
    }

    [Fact]
    public void Atom_entries_resolve_relative_links_and_decode_html_titles()
    {
        var xml = Feeds.Atom("/2026/11/border-talks");

        var feed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml), FeedUrl, out _)!;

        var entry = Assert.Single(feed.Entries);
        Assert.Equal("Policy & Practice", feed.Title);
        Assert.Equal("Border talks resume", entry.Title);
        Assert.Equal(new Uri("http://news.example/2026/11/border-talks"), entry.Link);
        Assert.Equal(["Amira Haddad"], entry.Authors);
        Assert.Equal("urn:uuid:entry-1", entry.Id);
    }

    [Theory]
    [InlineData("<html><body><p>Not a feed</p></body></html>")]
    [InlineData("GIF89a binary")]
    [InlineData("")]
    public void Something_that_is_not_a_feed_is_reported_not_thrown(string body)
    {
        var feed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(body), FeedUrl, out var error);

        Assert.Null(feed);
        Assert.Contains("is not an RSS or Atom feed", error, StringComparison.Ordinal);
    }
}
