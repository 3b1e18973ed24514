namespace BriefBot.Core.Replies;

/// <summary>A numbered source: an article and, where the citation is precise, its paragraph.</summary>
public sealed record ReplySource
{
    public required int Number { get; init; }

    public required string ArticleTitle { get; init; }

    public Uri? Url { get; init; }

    public int? Paragraph { get; init; }

    public string? Publisher { get; init; }
}
