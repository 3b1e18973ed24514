using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBot.Core.Intake;

/// <summary>
/// An extracted article as an ordinary shelf file: YAML front matter the Markdown parser already reads (title,
/// authors, source, published, url, language) plus when and from where it was fetched, then the text. Written
/// to a temporary name and moved into place, so a crash never leaves half an article on the shelf.
/// </summary>
internal static partial class ArticleFile
{
    /// <summary>Hash of the text alone: the same text from another address or a later fetch is the same article.</summary>
    public static string ContentHash(ExtractedArticle article) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', article.Paragraphs.Select(p => p.ToLowerInvariant())))));

    /// <summary>A file name from the title and the story's address: stable, so writing again replaces, never duplicates.</summary>
    public static string StemFor(string title, string identity)
    {
        var ascii = new string(title.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        var slug = NotSlug().Replace(ascii.ToLowerInvariant(), "-").Trim('-');
        slug = slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
        var tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..8];
        return (slug.Length == 0 ? "article" : slug) + "-" + tag;
    }

    public static string Render(ExtractedArticle article, string? via, DateTimeOffset fetched)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Quote(article.Title)).Append('\n');
        if (article.Authors.Count > 0)
        {
            text.Append("authors:\n");
            foreach (var author in article.Authors)
            {
                text.Append("  - ").Append(Quote(author)).Append('\n');
            }
        }

        if (article.Publisher is { } publisher)
        {
            text.Append("source: ").Append(Quote(publisher)).Append('\n');
        }

        if (article.Published is { } published)
        {
            text.Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        if (article.CanonicalUrl is { } url)
        {
            text.Append("url: ").Append(Quote(url.AbsoluteUri)).Append('\n');
        }

        text.Append("language: ").Append(Quote(article.Language ?? "en")).Append('\n');
        text.Append("fetched: ").Append(fetched.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append('\n');
        if (via is not null)
        {
            text.Append("via: ").Append(Quote(via)).Append('\n');
        }

        text.Append("---\n");
        foreach (var paragraph in article.Paragraphs)
        {
            text.Append('\n').Append(paragraph.StartsWith("## ", StringComparison.Ordinal) ? paragraph : Escape(paragraph)).Append('\n');
        }

        return text.ToString();
    }

    public static void Write(string articlesFolder, string stem, string content)
    {
        Directory.CreateDirectory(articlesFolder);
        var target = Path.Combine(articlesFolder, stem + ".md");
        var partial = Path.Combine(articlesFolder, "." + stem + ".partial");
        File.WriteAllText(partial, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(partial, target, overwrite: true);
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    // A paragraph that starts like Markdown syntax (# heading, - list, 1. list, > quote) must stay a paragraph.
    private static string Escape(string paragraph) => MarkdownStart().IsMatch(paragraph) ? "\\" + paragraph : paragraph;

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.None, matchTimeoutMilliseconds: 10000)]
    private static partial Regex NotSlug();

    [GeneratedRegex(@"^([#>*+=|`~-]|\d+[.)]\s)", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10000)]
    private static partial Regex MarkdownStart();
}
