namespace BriefBot.Core.Knowledge.Model;

/// <summary>One article of the shelf, as read from <c>knowledge/articles/*.md</c>.</summary>
public sealed record Article
{
    /// <summary>The file name without extension: stable across rebuilds, unique on the shelf.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Published { get; init; }

    public string? Source { get; init; }

    public Uri? Url { get; init; }

    public string Language { get; init; } = "en";

    /// <summary>SHA-256 of the file's bytes; an unchanged hash means the article need not be read again.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Body paragraphs in order; headings are kept apart so paragraph numbers match what a reader counts.</summary>
    public IReadOnlyList<ArticleParagraph> Paragraphs { get; init; } = [];
}
