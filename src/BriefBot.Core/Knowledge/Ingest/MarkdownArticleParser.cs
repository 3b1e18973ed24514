using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>Reads one article file: YAML front matter between <c>---</c> lines, then a Markdown body.</summary>
public static class MarkdownArticleParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static ArticleParseResult Parse(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var id = Path.GetFileNameWithoutExtension(fileName);
        var hash = Convert.ToHexString(SHA256.HashData(content));
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            return Fail(fileName, 0, "not valid UTF-8 text");
        }

        text = text.TrimStart('\uFEFF');
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return Fail(fileName, 1, "missing front matter: the file must start with a '---' line");
        }

        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            return Fail(fileName, 1, "front matter is not closed by a '---' line");
        }

        var yaml = text[4..(close + 1)];
        FrontMatter? header;
        try
        {
            header = Yaml.Deserialize<FrontMatter>(yaml);
        }
        catch (YamlException ex)
        {
            // "Exception during deserialization" says nothing; the inner exception says which value did not fit.
            return Fail(fileName, (int)ex.Start.Line + 1, "front matter is not valid YAML: " + WithoutPosition(FirstLine(ex.InnerException?.Message ?? ex.Message)));
        }

        if (header is null || string.IsNullOrWhiteSpace(header.Title))
        {
            return Fail(fileName, 2, "front matter has no 'title'");
        }

        if (header.Authors is not (null or string or List<object>))
        {
            return Fail(fileName, LineOf(yaml, "authors:") + 1, "'authors' must be a name or a list of names");
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(header.Published))
        {
            if (!DateOnly.TryParseExact(header.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Fail(fileName, LineOf(yaml, "published:") + 1, $"'published' must be a date like 2026-03-14, not '{header.Published}'");
            }

            published = date;
        }

        Uri? url = null;
        if (!string.IsNullOrWhiteSpace(header.Url))
        {
            if (!Uri.TryCreate(header.Url.Trim(), UriKind.Absolute, out url) || url.Scheme is not ("http" or "https"))
            {
                return Fail(fileName, LineOf(yaml, "url:") + 1, $"'url' must be an http(s) address, not '{header.Url}'");
            }
        }

        var bodyStart = text.IndexOf('\n', close + 4);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        var article = new Article
        {
            Id = id,
            Title = header.Title.Trim(),
            Authors = [.. header.AuthorNames.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())],
            Published = published,
            Source = string.IsNullOrWhiteSpace(header.Source) ? null : header.Source.Trim(),
            Url = url,
            Language = string.IsNullOrWhiteSpace(header.Language) ? "en" : header.Language.Trim(),
            ContentHash = hash,
            Paragraphs = ReadParagraphs(body),
        };
        return new ArticleParseResult(article, null);
    }

    private static List<ArticleParagraph> ReadParagraphs(string body)
    {
        var document = Markdown.Parse(body, Pipeline);
        var paragraphs = new List<ArticleParagraph>();
        string? heading = null;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var text = Normalise(ChatTokens.Strip(InlineText(block)));
            if (text.Length == 0)
            {
                continue;
            }

            if (block is HeadingBlock)
            {
                heading = text;
                continue;
            }

            if (block is ParagraphBlock or CodeBlock)
            {
                paragraphs.Add(new ArticleParagraph(paragraphs.Count + 1, text, heading));
            }
        }

        return paragraphs;
    }

    private static string InlineText(LeafBlock block)
    {
        if (block.Inline is null)
        {
            return block.Lines.ToString();
        }

        var sb = new StringBuilder();
        foreach (var inline in block.Inline.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case HtmlInline html when IsWireBracket(html.Tag):
                    sb.Append(html.Tag);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Newswire brackets a firm's name ("&lt;Alfa-Romeo SpA&gt;"), which Markdown reads as an HTML tag: it is text
    /// when it opens with a capital letter, as no HTML a writer types does.
    /// </summary>
    private static bool IsWireBracket(string tag) => tag.Length > 2 && tag[0] == '<' && char.IsUpper(tag[1]);

    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var lastSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // "Pratt^M and Whitney": wire copy keeps carriage returns in caret notation; they are line breaks.
            var isCaretReturn = c == '^' && i + 1 < text.Length && text[i + 1] == 'M' && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));
            if (isCaretReturn)
            {
                i++;
            }

            var isSpace = isCaretReturn || char.IsWhiteSpace(c);
            if (isSpace && lastSpace)
            {
                continue;
            }

            sb.Append(isSpace ? ' ' : c);
            lastSpace = isSpace;
        }

        return sb.ToString().Trim().Normalize(NormalizationForm.FormC);
    }

    private static int LineOf(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith(key, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? 1 : index + 1;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <summary>YamlDotNet starts messages with "(Line: 3, Col: 1, Idx: 20) - (Line: 3, Col: 5, Idx: 24): "; the problem already has the line.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && at > 0 ? message[(at + 3)..] : message;
    }

    private static ArticleParseResult Fail(string file, int line, string message) => new(null, new ArticleProblem(file, line, message));
}
