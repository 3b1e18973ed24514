namespace BriefBot.Core.Digests;

/// <summary>When the bot first saw an article and last saw it change: what makes it "new" or "updated".</summary>
public sealed class SeenArticle
{
    public string Id { get; set; } = "";

    public string ContentHash { get; set; } = "";

    public DateTime FirstSeenUtc { get; set; }

    public DateTime? ChangedUtc { get; set; }

    public int Paragraphs { get; set; }

    public int ParagraphsBefore { get; set; }
}
