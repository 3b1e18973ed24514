namespace BriefBot.Core.Intake;

/// <summary>An article read from a page, a feed entry or a PDF, before it is written to the shelf. Absent metadata stays absent.</summary>
internal sealed record ExtractedArticle
{
    public required string Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The site or organisation that published it (og:site_name, JSON-LD publisher, the feed's title).</summary>
    public string? Publisher { get; init; }

    /// <summary>Only from the document's own metadata; never guessed from the fetch time.</summary>
    public DateOnly? Published { get; init; }

    public Uri? CanonicalUrl { get; init; }

    public string? Language { get; init; }

    /// <summary>Body blocks in reading order; headings start with "## ".</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    public int WordCount => Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
