using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace BriefBot.Core.Intake;

/// <summary>
/// A PDF report as an article (PdfPig): text blocks found from the layout (Docstrum), read column by column,
/// running headers and footers (the same line near the top or bottom of several pages) and page numbers dropped,
/// paragraphs joined across columns and pages, hyphenation undone; title and authors from the document's
/// metadata, else the largest text on the first page. No publication date: a PDF's creation date is not one.
/// </summary>
internal static partial class PdfExtractor
{
    private const double Margin = 0.1;

    public static ExtractedArticle? Extract(byte[] pdf, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(ReadPage).ToList();
        var repeated = pages.SelectMany(p => p.Where(b => b.NearEdge).Select(b => b.Shape).Distinct(StringComparer.Ordinal))
            .GroupBy(s => s, StringComparer.Ordinal)
            .Where(g => g.Count() >= Math.Max(2, pages.Count / 2))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        var blocks = pages.SelectMany(p => p).Where(b => !(b.NearEdge && (repeated.Contains(b.Shape) || PageNumber().IsMatch(b.Text)))).ToList();
        if (blocks.Count == 0)
        {
            return null;
        }

        var info = document.Information;
        var title = Usable(info.Title);
        if (title is null)
        {
            var largest = blocks.Where(b => b.Page == 1).MaxBy(b => b.FontSize);
            title = largest?.Text;
        }

        blocks.RemoveAll(b => b.Page == 1 && string.Equals(b.Text, title, StringComparison.Ordinal));
        var authors = (Usable(info.Author) ?? "").Split([",", ";", " and ", "&"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var paragraphs = Join(blocks.Select(b => b.Text));
        return title is null || paragraphs.Count == 0 ? null : new ExtractedArticle
        {
            Title = title,
            Authors = authors,
            CanonicalUrl = url,
            Paragraphs = paragraphs,
        };
    }

    private static List<PdfBlock> ReadPage(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance).ToList();
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var middle = page.Width / 2;
        var read = new List<PdfBlock>();
        foreach (var block in blocks)
        {
            var box = block.BoundingBox;
            var text = Dehyphenate(block.TextLines.Select(l => l.Text));
            if (text.Length == 0)
            {
                continue;
            }

            var nearEdge = box.Bottom > page.Height * (1 - Margin) || box.Top < page.Height * Margin;
            var wide = box.Width > page.Width * 0.6;
            var column = wide ? -1 : box.Centroid.X < middle ? 0 : 1;
            var size = block.TextLines.SelectMany(l => l.Words).SelectMany(w => w.Letters).Select(l => l.PointSize).DefaultIfEmpty(0).Average();
            read.Add(new PdfBlock(page.Number, text, Digits().Replace(text, "#"), nearEdge, column, box.Top, size));
        }

        // Wide blocks (titles, abstracts) above the columns come first, then the left column, then the right, each top-down.
        var columnsTop = read.Where(b => b.Column >= 0).Select(b => b.Top).DefaultIfEmpty(0).Max();
        return [.. read.OrderBy(b => b.Column < 0 ? (b.Top >= columnsTop ? 0 : 3) : b.Column + 1).ThenByDescending(b => b.Top)];
    }

    /// <summary>A block that does not end a sentence continues in the next one (across a column or page break).</summary>
    private static List<string> Join(IEnumerable<string> blocks)
    {
        var paragraphs = new List<string>();
        foreach (var text in blocks)
        {
            if (paragraphs.Count > 0 && !SentenceEnd().IsMatch(paragraphs[^1]) && text.Length > 0 && char.IsLower(text[0]))
            {
                paragraphs[^1] = Dehyphenate([paragraphs[^1], text]);
                continue;
            }

            paragraphs.Add(text);
        }

        return paragraphs;
    }

    private static string Dehyphenate(IEnumerable<string> lines)
    {
        var joined = "";
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            joined = joined.Length == 0 ? line
                : joined.EndsWith('-') && char.IsLower(line[0]) ? joined[..^1] + line
                : joined + " " + line;
        }

        return HtmlText.Squeeze(joined);
    }

    private static string? Usable(string? metadata) =>
        string.IsNullOrWhiteSpace(metadata) || metadata.StartsWith("Microsoft Word - ", StringComparison.Ordinal) || metadata.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? null : metadata.Trim();

    [GeneratedRegex(@"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10000)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+", RegexOptions.None, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Digits();

    [GeneratedRegex(@"[.!?:""”’)\]]$", RegexOptions.None, matchTimeoutMilliseconds: 10000)]
    private static partial Regex SentenceEnd();

    private sealed record PdfBlock(int Page, string Text, string Shape, bool NearEdge, int Column, double Top, double FontSize);
}
