using System.Globalization;
using BriefBot.Core.Replies;

namespace BriefBot.Discord.Rendering;

/// <summary>Turns reply lines and sources into Discord Markdown; every piece of text from outside is escaped.</summary>
internal static class SpanMarkdown
{
    public static string Line(ReplyLine line, int max)
    {
        var markdown = string.Concat(line.Spans.Select(Span));
        // A line too long to keep whole loses its markup rather than be cut inside a "**" pair or a link.
        return markdown.Length <= max ? markdown : DiscordText.EscapeWithin(line.PlainText, max);
    }

    /// <summary>A quotation is a block quote ("> "); every other line a bullet.</summary>
    public static string Bullet(ReplyLine line) => line.Spans is [QuoteSpan, ..] ? "> " : "• ";

    public static string Span(Span span) => span switch
    {
        TextSpan t => DiscordText.Escape(t.Text),
        StrongSpan { Text.Length: > 0 } s => "**" + DiscordText.Escape(s.Text) + "**",
        StrongSpan => "",
        DateSpan d => DiscordText.Escape(d.PlainText),
        CitationSpan c => string.Create(CultureInfo.InvariantCulture, $"[{c.Number}]"),
        LinkSpan l => Link(DiscordText.Escape(l.Text), l.Url),
        QuoteSpan q => DiscordText.Escape(q.Text),
        _ => DiscordText.Escape(span.PlainText),
    };

    public static string Source(ReplySource source)
    {
        var title = DiscordText.Escape(source.ArticleTitle);
        var text = string.Create(CultureInfo.InvariantCulture, $"[{source.Number}] {Link(title, source.Url)}");
        if (source.Publisher is { Length: > 0 } publisher)
        {
            text += " — " + DiscordText.Escape(publisher);
        }

        if (source.Paragraph is { } paragraph)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", ¶{paragraph}");
        }

        return text;
    }

    /// <summary>A masked link for http(s) URLs only; anything else (javascript:, file:) stays plain text.</summary>
    private static string Link(string escapedText, Uri? url)
    {
        if (url is not { IsAbsoluteUri: true } || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || escapedText.Length == 0)
        {
            return escapedText;
        }

        var target = url.AbsoluteUri
            .Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal);
        return $"[{escapedText}]({target})";
    }
}
