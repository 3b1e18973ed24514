namespace BriefBot.Core.Tests.Intake;

/// <summary>Feeds in each format, with the quirks real ones have.</summary>
internal static class Feeds
{
    /// <summary>RSS 2.0: BOM and blank line before the declaration, &amp;nbsp;, HTML and double-escaped entities in a title, CDATA, relative links, a missing date, a duplicate guid, dc:creator, content:encoded.</summary>
    public static string Rss(params (string Guid, string Link, string Title, string? Date)[] items) =>
        "\uFEFF\n" + $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>The Regional Observer&nbsp;– World</title>
            <link>/</link>
            <language>en-gb</language>
            {{string.Join("\n", items.Select(i => $"""
            <item>
              <title><![CDATA[{i.Title}]]></title>
              <link>{i.Link}</link>
              <guid isPermaLink="false">{i.Guid}</guid>
              {(i.Date is null ? "" : $"<pubDate>{i.Date}</pubDate>")}
              <dc:creator>Amira Haddad</dc:creator>
              <description><![CDATA[<p>A short summary.</p>]]></description>
            </item>
            """))}}
          </channel>
        </rss>
        """;

    public static string RssWithFullText(string guid, string link, string title, IEnumerable<string> paragraphs) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Full Text Weekly</title>
            <link>http://full.example/</link>
            <item>
              <title>{{title}}</title>
              <link>{{link}}</link>
              <guid>{{guid}}</guid>
              <pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate>
              <dc:creator>Jonas Berg</dc:creator>
              <description>Teaser only.</description>
              <content:encoded><![CDATA[{{string.Concat(paragraphs.Select(p => "<p>" + p + "</p>"))}}]]></content:encoded>
            </item>
          </channel>
        </rss>
        """;

    public static string Rdf(string link) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="{{link}}">
            <title>Institute Notes</title>
            <link>{{link}}</link>
            <description>Notes</description>
          </channel>
          <item rdf:about="{{link}}">
            <title>Notes on &lt;em&gt;regional&lt;/em&gt; trade</title>
            <link>{{link}}</link>
            <dc:creator>Lea Novak</dc:creator>
            <dc:date>2026-11-28T12:00:00Z</dc:date>
            <description>Notes.</description>
          </item>
        </rdf:RDF>
        """;

    /// <summary>Atom with a relative alternate link, an author element and no published date (only updated).</summary>
    public static string Atom(string link) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="html">Policy &amp;amp; Practice</title>
          <link href="/"/>
          <id>urn:uuid:feed</id>
          <updated>2026-11-29T10:00:00Z</updated>
          <entry>
            <title type="html">&lt;b&gt;Border&lt;/b&gt; talks resume</title>
            <link rel="alternate" href="{{link}}"/>
            <id>urn:uuid:entry-1</id>
            <updated>2026-11-29T10:00:00Z</updated>
            <author><name>Amira Haddad</name></author>
            <summary>Summary.</summary>
          </entry>
        </feed>
        """;
}
