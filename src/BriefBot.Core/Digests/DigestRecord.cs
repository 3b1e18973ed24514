namespace BriefBot.Core.Digests;

/// <summary>One digest of one subscription: its window and whether it reached the channel.</summary>
public sealed class DigestRecord
{
    /// <summary>"{subscription}@{local due time}": the idempotency key sent with the message.</summary>
    public string Id { get; set; } = "";

    public string SubscriptionId { get; set; } = "";

    public DateTime WindowStartUtc { get; set; }

    public DateTime WindowEndUtc { get; set; }

    public DigestStatus Status { get; set; }

    public int Attempts { get; set; }

    public IList<string> MessageIds { get; set; } = [];

    public string? Error { get; set; }

    public DateTime? SentUtc { get; set; }
}
