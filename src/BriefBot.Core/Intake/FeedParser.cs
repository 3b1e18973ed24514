using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using CodeHollow.FeedReader.Parser;

namespace BriefBot.Core.Intake;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom with CodeHollow.FeedReader and smooths what real feeds get wrong: HTML
/// entities XML does not know, a BOM or blank lines before the declaration, HTML in titles, relative links,
/// missing or unreadable dates (left absent), duplicate guids, <c>dc:creator</c> and <c>content:encoded</c>.
/// </summary>
internal static partial class FeedParser
{
    static FeedParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The feed, or null with <paramref name="error"/> when the bytes are not a feed.</summary>
    public static FeedDocument? Parse(byte[] body, Uri feedUrl, out string error)
    {
        ArgumentNullException.ThrowIfNull(body);
        error = "";
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(Repair(Decode(body)));
        }
        catch (Exception ex) when (ex is XmlException or FeedTypeNotSupportedException or InvalidOperationException or ArgumentException or NullReferenceException or FormatException)
        {
            error = $"{feedUrl} is not an RSS or Atom feed ({ex.GetType().Name}: {ex.Message.Split('\n')[0]}).";
            return null;
        }

        var linkBase = Uri.TryCreate(feed.Link, UriKind.Absolute, out var channel) && channel.Scheme is "http" or "https" ? channel : feedUrl;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<FeedEntry>();
        foreach (var item in feed.Items)
        {
            var entry = Entry(item, feedUrl, linkBase);
            if (seen.Add(entry.Id))
            {
                entries.Add(entry);
            }
        }

        var ordered = entries.Any(e => e.SortDate is not null) ? [.. entries.OrderByDescending(e => e.SortDate ?? DateTime.MinValue)] : entries;
        return new FeedDocument(NullIfEmpty(HtmlText.Plain(feed.Title)), NullIfEmpty(feed.Language?.Split(['-', '_'], 2)[0].ToLowerInvariant()), ordered);
    }

    private static FeedEntry Entry(FeedItem item, Uri feedUrl, Uri linkBase)
    {
        var title = HtmlText.Plain(item.Title);
        var link = Resolve(linkBase, item.Link) ?? Resolve(feedUrl, item.Link);
        var (content, creator) = item.SpecificItem switch
        {
            Rss20FeedItem rss => (rss.Content, rss.DC?.Creator),
            Rss10FeedItem rdf => (rdf.Content, rdf.DC?.Creator),
            AtomFeedItem atom => (atom.Content, atom.Author?.Name),
            _ => (item.Content, null),
        };
        var body = !string.IsNullOrWhiteSpace(content) ? content : item.Content ?? item.Description ?? "";
        var authors = new[] { creator, item.Author }
            .Select(a => HtmlText.Plain(a))
            .Select(a => EmailAuthor().Match(a) is { Success: true } m ? m.Groups["name"].Value : a)
            .Where(a => a.Length is > 0 and < 120 && !a.Contains('@', StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var date = item.PublishingDate;
        if (date is null && item.SpecificItem is Rss10FeedItem { DC.Date: { } dcDate })
        {
            date = dcDate;
        }

        if (date is null && item.SpecificItem is Rss20FeedItem { DC.Date: { } rssDcDate })
        {
            date = rssDcDate;
        }

        var fingerprint = Hash(string.Join('\n', title, link?.AbsoluteUri, item.PublishingDateString, body));
        var id = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim() : link?.AbsoluteUri ?? "sha:" + Hash(title + "\n" + body)[..16];
        return new FeedEntry
        {
            Id = id,
            Link = link,
            Title = title,
            Authors = authors,
            Published = date is { } d ? DateOnly.FromDateTime(d) : null,
            Body = body,
            Fingerprint = fingerprint,
            SortDate = date,
        };
    }

    private static Uri? Resolve(Uri baseUrl, string? href) =>
        !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(baseUrl, href.Trim(), out var link) && link.Scheme is "http" or "https" ? link : null;

    private static string Decode(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 200));
        var declared = DeclaredEncoding().Match(head);
        var encoding = Encoding.UTF8;
        if (declared.Success)
        {
            try
            {
                encoding = Encoding.GetEncoding(declared.Groups["name"].Value);
            }
            catch (ArgumentException)
            {
                // An unknown encoding name: UTF-8 reads most feeds that lie about it.
            }
        }

        using var reader = new StreamReader(new MemoryStream(body), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Leading junk before the XML declaration, bare ampersands in links and HTML named entities (&amp;nbsp;) break XML parsers.</summary>
    private static string Repair(string xml)
    {
        var start = xml.IndexOf('<', StringComparison.Ordinal);
        var trimmed = BareAmpersand().Replace(start > 0 ? xml[start..] : xml, "&amp;");
        return NamedEntity().Replace(trimmed, m => m.Groups["name"].Value is "amp" or "lt" or "gt" or "quot" or "apos"
            ? m.Value
            : System.Net.WebUtility.HtmlDecode(m.Value) is var decoded && decoded != m.Value ? string.Concat(decoded.Select(c => FormattableString.Invariant($"&#{(int)c};"))) : "&amp;" + m.Value[1..]);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex("encoding=[\"'](?<name>[A-Za-z0-9._-]+)[\"']", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10000)]
    private static partial Regex DeclaredEncoding();

    [GeneratedRegex("&(?<name>[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10000)]
    private static partial Regex NamedEntity();

    [GeneratedRegex("&(?!#[0-9]+;|#x[0-9A-Fa-f]+;|[A-Za-z][A-Za-z0-9]{1,31};)", RegexOptions.None, matchTimeoutMilliseconds: 10000)]
    private static partial Regex BareAmpersand();

    [GeneratedRegex(@"^\S+@\S+\s*\((?<name>[^)]+)\)$", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10000)]
    private static partial Regex EmailAuthor();
}
