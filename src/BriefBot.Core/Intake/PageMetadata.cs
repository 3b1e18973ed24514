using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace BriefBot.Core.Intake;

/// <summary>
/// What a page says about itself: title, authors, site name, publication date, canonical address and language,
/// from Open Graph/article meta tags, JSON-LD, Dublin Core and <c>&lt;time&gt;</c>. A date is taken only when the
/// page states one; nothing is inferred.
/// </summary>
internal sealed record PageMetadata(string? Title, IReadOnlyList<string> Authors, string? Publisher, DateOnly? Published, Uri? Canonical, string? Language)
{
    public static PageMetadata Read(IDocument document, Uri url)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ld = JsonLd.Read(document);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? ld.Headline ?? document.QuerySelector("h1")?.TextContent ?? document.Title;
        var authors = document.QuerySelectorAll("meta[name=author], meta[property='article:author'], meta[name='dc.creator'], meta[name='DC.creator']")
            .Select(m => m.GetAttribute("content") ?? "")
            .Concat(ld.Authors)
            .Select(HtmlText.Plain)
            .Where(a => a.Length is > 0 and < 120 && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var publisher = Meta(document, "og:site_name") ?? ld.Publisher ?? Meta(document, "application-name");
        var published = Date(Meta(document, "article:published_time"))
            ?? Date(ld.DatePublished)
            ?? Date(Meta(document, "datePublished") ?? document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content") ?? document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("datetime"))
            ?? Date(Meta(document, "dc.date") ?? Meta(document, "DC.date.issued") ?? Meta(document, "pubdate") ?? Meta(document, "publish-date"))
            ?? Date(document.QuerySelector("article time[datetime], time[pubdate], time[datetime]")?.GetAttribute("datetime"));
        var canonical = Link(url, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Link(url, Meta(document, "og:url"));
        var language = document.DocumentElement.GetAttribute("lang") ?? Meta(document, "og:locale") ?? Meta(document, "content-language");
        return new PageMetadata(
            NullIfEmpty(HtmlText.Plain(title)),
            authors,
            NullIfEmpty(HtmlText.Plain(publisher)),
            published,
            canonical,
            NullIfEmpty(language?.Split(['-', '_'], 2)[0].Trim().ToLowerInvariant()));
    }

    /// <summary>A date as written by the publisher: the calendar day in the page's own offset.</summary>
    public static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return DateOnly.FromDateTime(parsed.DateTime);
        }

        return null;
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { Length: > 0 } content)
            {
                return content;
            }
        }

        return null;
    }

    private static Uri? Link(Uri baseUrl, string? href) =>
        href is { Length: > 0 } && Uri.TryCreate(baseUrl, href.Trim(), out var link) && link.Scheme is "http" or "https" ? link : null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record JsonLd(string? Headline, IReadOnlyList<string> Authors, string? Publisher, string? DatePublished)
    {
        public static JsonLd Read(IDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                    if (Find(json.RootElement) is { } article)
                    {
                        return new JsonLd(Text(article, "headline"), Names(article, "author"), Names(article, "publisher").FirstOrDefault(), Text(article, "datePublished"));
                    }
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the meta tags still count.
                }
            }

            return new JsonLd(null, [], null, null);
        }

        private static JsonElement? Find(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                return element.EnumerateArray().Select(Find).FirstOrDefault(e => e is not null);
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                return Find(graph);
            }

            return element.TryGetProperty("datePublished", out _) || element.TryGetProperty("headline", out _) ? element : null;
        }

        private static string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static List<string> Names(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return [];
            }

            var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            return [.. items.Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : Text(i, "name")).OfType<string>()];
        }
    }
}
