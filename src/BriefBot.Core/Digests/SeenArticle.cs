namespace BriefBot.Core.Digests;

/// <summary>
/// When the bot first saw an article, last saw it change or leave the shelf, and what the last edit did:
/// what makes it "new", "updated" or "removed" in a digest.
/// </summary>
public sealed class SeenArticle
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string ContentHash { get; set; } = "";

    public DateTime FirstSeenUtc { get; set; }

    public DateTime? ChangedUtc { get; set; }

    public DateTime? RemovedUtc { get; set; }

    public int Paragraphs { get; set; }

    public int ParagraphsBefore { get; set; }

    /// <summary>Short hashes of the paragraphs as last seen; empty in state written before they were kept.</summary>
    public IList<string> ParagraphHashes { get; set; } = [];

    /// <summary>Paragraph numbers (in the current version) the last edit added.</summary>
    public IList<int> AddedParagraphs { get; set; } = [];

    /// <summary>Paragraph numbers (in the current version) the last edit rewrote.</summary>
    public IList<int> EditedParagraphs { get; set; } = [];

    public int RemovedParagraphs { get; set; }

    /// <summary>The title before the last edit, when the edit changed it.</summary>
    public string? TitleBefore { get; set; }

    /// <summary>Whether the last edit is described paragraph by paragraph (false for state from older versions).</summary>
    public bool HasParagraphDiff { get; set; }
}
