namespace BriefBot.Core.Intake;

/// <summary>An article the intake wrote to the shelf: which file, what text, which sources led to it.</summary>
public sealed class ShelfItem
{
    /// <summary>The article file's name without <c>.md</c>.</summary>
    public string Id { get; set; } = "";

    public string CanonicalUrl { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Hash of the article's text; a different one means the article was updated.</summary>
    public string ContentHash { get; set; } = "";

    public IList<string> SourceIds { get; set; } = [];

    public DateTime AddedUtc { get; set; }

    public DateTime? UpdatedUtc { get; set; }
}
