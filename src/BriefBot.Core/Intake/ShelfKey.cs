namespace BriefBot.Core.Intake;

/// <summary>
/// One way of recognising an item already handled: <c>guid:SOURCE:GUID</c>, <c>url:CANONICAL</c> or <c>hash:TEXT</c>.
/// <see cref="ItemId"/> is <see cref="BackCatalogue"/> for entries deliberately left out of a first import.
/// </summary>
public sealed class ShelfKey
{
    /// <summary>Not an item: LiteDB reads empty strings back as null, so the mark is a dash.</summary>
    public const string BackCatalogue = "-";

    public string Id { get; set; } = "";

    public string ItemId { get; set; } = "";

    /// <summary>For a feed entry's key: the entry as last read; unchanged means the page need not be fetched again.</summary>
    public string? Fingerprint { get; set; }

    public static string ForEntry(string sourceId, string entryId) => $"guid:{sourceId}:{entryId}";

    public static string ForUrl(string canonicalUrl) => "url:" + canonicalUrl;

    public static string ForText(string contentHash) => "hash:" + contentHash;
}
