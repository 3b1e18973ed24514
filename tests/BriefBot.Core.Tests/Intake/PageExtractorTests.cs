using BriefBot.Core.Intake;
using Xunit;

namespace BriefBot.Core.Tests.Intake;

public sealed class PageExtractorTests
{
    private static readonly Uri PageUrl = new("http://news.example/2026/11/border-talks?utm_source=feed");

    private static ExtractedArticle Extract(string html) => PageExtractor.Extract(System.Text.Encoding.UTF8.GetBytes(html), PageUrl)!;

    [Fact]
    public void Main_text_comes_out_without_banners_menus_share_bars_paywall_comments_or_related_stories()
    {
        var article = Extract(Pages.Story());

        Assert.Equal(Pages.StoryParagraphs, article.Paragraphs);
    }

    [Fact]
    public void Metadata_comes_from_the_page()
    {
        var article = Extract(Pages.Story(canonical: "https://news.example/2026/11/border-talks"));

        Assert.Equal("Border talks resume in Geneva", article.Title);
        Assert.Equal(["Amira Haddad"], article.Authors);
        Assert.Equal("The Regional Observer", article.Publisher);
        Assert.Equal(new DateOnly(2026, 11, 30), article.Published);
        Assert.Equal(new Uri("https://news.example/2026/11/border-talks"), article.CanonicalUrl);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void A_page_that_states_no_date_has_no_published_date()
    {
        var article = Extract(Pages.Story(published: null));

        Assert.Null(article.Published);
    }

    [Fact]
    public void Json_ld_date_published_counts_when_meta_tags_say_nothing()
    {
        var html = Pages.Story(published: null).Replace("</head>", """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Border talks","datePublished":"2026-11-27T22:30:00-05:00","author":[{"@type":"Person","name":"Lea Novak"}]}]}</script></head>""", StringComparison.Ordinal);

        var article = Extract(html);

        Assert.Equal(new DateOnly(2026, 11, 27), article.Published);
        Assert.Contains("Lea Novak", article.Authors);
    }

    [Fact]
    public void A_time_element_counts_when_nothing_else_gives_a_date()
    {
        var html = Pages.Story(published: null).Replace("<div class=\"byline\">", "<time datetime=\"2026-10-05\">5 October</time><div class=\"byline\">", StringComparison.Ordinal);

        var article = Extract(html);

        Assert.Equal(new DateOnly(2026, 10, 5), article.Published);
    }

    [Fact]
    public void Scripts_on_the_page_are_never_run()
    {
        var article = Extract(Pages.Story());

        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Injected", StringComparison.Ordinal));
    }
}
