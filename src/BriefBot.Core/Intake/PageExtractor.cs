using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace BriefBot.Core.Intake;

/// <summary>
/// The main text of an article page: AngleSharp parses (no scripting, no resource loading), known page furniture
/// is stripped, SmartReader (Mozilla Readability) picks the article, and the page's own metadata fills the header.
/// </summary>
internal static class PageExtractor
{
    public static ExtractedArticle? Extract(byte[] html, Uri url)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        var parser = new HtmlParser();
        using var stream = new MemoryStream(html, writable: false);
        using var document = parser.ParseDocument(stream);
        var metadata = PageMetadata.Read(document, url);
        Boilerplate.Strip(document);

        var paragraphs = ReadabilityParagraphs(url, document);
        if (paragraphs.Count == 0)
        {
            var root = document.QuerySelector("article, main, [itemprop=articleBody]") ?? document.Body;
            paragraphs = root is null ? [] : HtmlText.Paragraphs(root);
        }

        var title = metadata.Title;
        paragraphs.RemoveAll(p => title is not null && string.Equals(p.TrimStart('#', ' '), title, StringComparison.OrdinalIgnoreCase));
        if (paragraphs.Count == 0 || title is null)
        {
            return null;
        }

        return new ExtractedArticle
        {
            Title = title,
            Authors = metadata.Authors,
            Publisher = metadata.Publisher,
            Published = metadata.Published,
            CanonicalUrl = metadata.Canonical,
            Language = metadata.Language,
            Paragraphs = paragraphs,
        };
    }

    private static List<string> ReadabilityParagraphs(Uri url, IHtmlDocument document)
    {
        var reader = new Reader(url.AbsoluteUri, document) { DisableJSONLD = true };
        var article = reader.GetArticle();
        return article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? HtmlText.Paragraphs(article.Content) : [];
    }
}
