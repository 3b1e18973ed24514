namespace BriefBot.Core.Intake;

/// <summary>One item of a feed, normalised across RSS 2.0, RSS 1.0/RDF and Atom.</summary>
internal sealed record FeedEntry
{
    /// <summary>The guid/id the feed gives, else the link, else a hash of title and summary.</summary>
    public required string Id { get; init; }

    public Uri? Link { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Published { get; init; }

    /// <summary>Full text when the feed carries it (content:encoded, Atom content), else the summary; HTML.</summary>
    public string Body { get; init; } = "";

    /// <summary>Fingerprint of what the feed says about the entry; a new one means the entry changed.</summary>
    public required string Fingerprint { get; init; }

    public DateTime? SortDate { get; init; }
}
