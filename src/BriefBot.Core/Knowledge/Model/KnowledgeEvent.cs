namespace BriefBot.Core.Knowledge.Model;

/// <summary>
/// A dated event, kept apart from its mentions: the same strike told by two articles is one event with two sources.
/// </summary>
public sealed record KnowledgeEvent
{
    /// <summary>Stable across rebuilds of the same shelf: derived from the date and the earliest mention.</summary>
    public required string Id { get; init; }

    public required PartialDate Date { get; init; }

    /// <summary>True when no mention states the date outright (resolved from an anchor or the article's date).</summary>
    public bool IsInferred { get; init; }

    public required string Summary { get; init; }

    public IReadOnlyList<string> ActorIds { get; init; } = [];

    public IReadOnlyList<string> PlaceIds { get; init; } = [];

    public IReadOnlyList<EventMention> Mentions { get; init; } = [];

    /// <summary>
    /// The dates the tellings give, when they disagree (empty when they agree). <see cref="Date"/> is then the
    /// date most publishers give (the earliest on a tie), or the revised date when a publisher corrected itself.
    /// </summary>
    public IReadOnlyList<DateClaim> DateClaims { get; init; } = [];

    /// <summary>Two or more publishers stand by different dates.</summary>
    public bool SourcesDiffer => DateClaims.Count(c => !c.IsCorrected) > 1;

    /// <summary>A publisher corrected its own date, and no other source disagrees.</summary>
    public bool IsRevised => DateClaims.Count > 1 && !SourcesDiffer;

    public int ArticleCount => Mentions.Select(m => m.Citation.ArticleId).Distinct(StringComparer.Ordinal).Count();

    public int PublisherCount => Mentions.Select(m => m.Publisher ?? m.Citation.ArticleId).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}
