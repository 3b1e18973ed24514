using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BriefBot.Core.Intake;

/// <summary>Plain text out of HTML fragments: titles with markup, article bodies as paragraphs. Only parsed, never run.</summary>
internal static partial class HtmlText
{
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd";
    private static readonly HtmlParser Parser = new();

    /// <summary>A title or name that may carry tags and entities ("&lt;b&gt;Iran&lt;/b&gt; &amp;amp; Iraq") as plain text.</summary>
    public static string Plain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var text = html.Contains('<', StringComparison.Ordinal) || html.Contains('&', StringComparison.Ordinal)
            ? Parser.ParseFragment(html, Parser.ParseDocument("").Body!).Select(n => n.TextContent).Aggregate("", string.Concat)
            : html;

        // Double-escaped entities ("&amp;amp;") are common in feed titles; one more pass decodes them.
        if (text.Contains('&', StringComparison.Ordinal) && text.Contains(';', StringComparison.Ordinal))
        {
            text = System.Net.WebUtility.HtmlDecode(text);
        }

        return Squeeze(text);
    }

    /// <summary>The blocks of an HTML body in reading order, innermost block elements only, headings as "## ".</summary>
    public static List<string> Paragraphs(string html) => Paragraphs(Parser.ParseDocument("<body>" + html + "</body>").Body!);

    public static List<string> Paragraphs(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var paragraphs = new List<string>();
        var blocks = root.QuerySelectorAll(Blocks);
        if (blocks.Length == 0)
        {
            AddText(paragraphs, root.TextContent, heading: false);
            return paragraphs;
        }

        foreach (var block in blocks)
        {
            if (block.QuerySelector(Blocks) is not null)
            {
                continue;
            }

            AddText(paragraphs, block.TextContent, block.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6");
        }

        return paragraphs;
    }

    public static string Squeeze(string text) => Whitespace().Replace(text, " ").Trim();

    private static void AddText(List<string> paragraphs, string text, bool heading)
    {
        var squeezed = Squeeze(text);
        if (squeezed.Length == 0 || Boilerplate.IsNoise(squeezed))
        {
            return;
        }

        paragraphs.Add(heading ? "## " + squeezed : squeezed);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
