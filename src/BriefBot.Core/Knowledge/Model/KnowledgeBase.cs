namespace BriefBot.Core.Knowledge.Model;

/// <summary>The whole knowledge base as built from the shelf: what the store persists and queries read.</summary>
public sealed record KnowledgeBase
{
    public IReadOnlyList<Article> Articles { get; init; } = [];

    public IReadOnlyList<Actor> Actors { get; init; } = [];

    public IReadOnlyList<KnowledgeEvent> Events { get; init; } = [];

    public IReadOnlyList<AmbiguousName> AmbiguousNames { get; init; } = [];

    /// <summary>Mentions attributed to no actor: ambiguous lone names, unqualified generic heads, unknown lone words.</summary>
    public int UnresolvedMentions { get; init; }
}
