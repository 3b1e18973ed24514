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

    public int ArticleCount => Mentions.Select(m => m.Citation.ArticleId).Distinct(StringComparer.Ordinal).Count();

    public int PublisherCount => Mentions.Select(m => m.Publisher ?? m.Citation.ArticleId).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}
