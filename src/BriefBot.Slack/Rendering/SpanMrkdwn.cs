using System.Globalization;
using BriefBot.Core.Replies;

namespace BriefBot.Slack.Rendering;

/// <summary>Turns reply lines and sources into Slack mrkdwn; every piece of text from outside is escaped first.</summary>
internal static class SpanMrkdwn
{
    public static string Line(ReplyLine line, int max)
    {
        var mrkdwn = string.Concat(line.Spans.Select(Span));
        // A line too long to keep whole loses its markup rather than be cut inside a "*" pair or a <link>.
        return mrkdwn.Length <= max ? mrkdwn : SlackText.EscapeWithin(line.PlainText, max);
    }

    /// <summary>A quotation is a block quote (a raw "> " opening the line; quoted text itself is escaped); every other line a bullet.</summary>
    public static string Bullet(ReplyLine line) => line.Spans is [QuoteSpan, ..] ? "> " : "• ";

    public static string Span(Span span) => span switch
    {
        TextSpan t => SlackText.Escape(t.Text),
        StrongSpan s => Strong(s.Text),
        DateSpan d => SlackText.Escape(d.PlainText),
        CitationSpan c => string.Create(CultureInfo.InvariantCulture, $"[{c.Number}]"),
        LinkSpan l => Link(SlackText.Escape(l.Text), l.Url),
        QuoteSpan q => SlackText.Escape(q.Text),
        _ => SlackText.Escape(span.PlainText),
    };

    public static string Source(ReplySource source, int max)
    {
        var tail = "";
        if (source.Publisher is { Length: > 0 } publisher)
        {
            tail += " — " + SlackText.EscapeWithin(publisher, 80);
        }

        if (source.Paragraph is { } paragraph)
        {
            tail += string.Create(CultureInfo.InvariantCulture, $", ¶{paragraph}");
        }

        var number = string.Create(CultureInfo.InvariantCulture, $"[{source.Number}] ");
        var title = SlackText.EscapeWithin(source.ArticleTitle, Math.Max(20, max - number.Length - tail.Length - (source.Url?.AbsoluteUri.Length ?? 0) - 3));
        var text = number + Link(title, source.Url) + tail;
        return text.Length <= max ? text : SlackText.EscapeWithin($"[{source.Number}] {source.ArticleTitle}", max);
    }

    /// <summary>"*bold*" needs no space just inside the asterisks to render; spaces are kept outside.</summary>
    private static string Strong(string text)
    {
        var escaped = SlackText.Escape(text);
        var inner = escaped.Trim();
        if (inner.Length == 0)
        {
            return escaped;
        }

        var lead = escaped[..escaped.IndexOf(inner, StringComparison.Ordinal)];
        var trail = escaped[(lead.Length + inner.Length)..];
        return lead + "*" + inner + "*" + trail;
    }

    /// <summary>&lt;url|text&gt; for http(s) URLs only; anything else (javascript:, file:) stays plain text.</summary>
    private static string Link(string escapedText, Uri? url)
    {
        if (url is not { IsAbsoluteUri: true } || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || escapedText.Length == 0)
        {
            return escapedText;
        }

        // Inside <…|…> the URL ends at "|" or ">"; percent-encode what would end it early.
        var target = url.AbsoluteUri
            .Replace("|", "%7C", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal);
        return $"<{target}|{escapedText}>";
    }
}
