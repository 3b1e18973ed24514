using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Search;

/// <summary>
/// One sentence of the shelf as the index holds it: where it is, its verbatim text, the actors and events it
/// belongs to, and the dates it can be found by (its events' dates, else its own, and the day it was published).
/// </summary>
public sealed record SentenceEntry
{
    public required string ArticleId { get; init; }

    public required int Paragraph { get; init; }

    /// <summary>Position of the sentence in its article, from 0.</summary>
    public required int Index { get; init; }

    public required string Text { get; init; }

    /// <summary>
    /// What a reader has in mind when reading the sentence: the article's title, its lead sentence and the sentence
    /// before. Searched with a lower weight, so "the institute predicted exports up 2.2 pct" is found for Sweden.
    /// </summary>
    public string Context { get; init; } = "";

    public IReadOnlyList<string> ActorIds { get; init; } = [];

    public IReadOnlyList<string> EventIds { get; init; } = [];

    public IReadOnlyList<PartialDate> Dates { get; init; } = [];
}
