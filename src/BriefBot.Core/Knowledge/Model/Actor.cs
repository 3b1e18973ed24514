namespace BriefBot.Core.Knowledge.Model;

/// <summary>A person, state, organisation or place, with everything the shelf says about it.</summary>
public sealed record Actor
{
    /// <summary>A slug of the canonical name ("ilham-aliyev"); stable across rebuilds.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ActorKind Kind { get; init; }

    /// <summary>Every spelling the actor is known by, canonical name included.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Acronyms, matched case-sensitively.</summary>
    public IReadOnlyList<string> Acronyms { get; init; } = [];

    public IReadOnlyList<Role> Roles { get; init; } = [];

    /// <summary>Different posts given for the same time by different articles; each is also in <see cref="Roles"/>.</summary>
    public IReadOnlyList<RoleDisagreement> RoleDisagreements { get; init; } = [];

    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>Articles this actor wrote.</summary>
    public IReadOnlyList<string> AuthoredArticleIds { get; init; } = [];

    public IReadOnlyList<string> EventIds { get; init; } = [];

    public IReadOnlyList<RelatedActor> Related { get; init; } = [];

    public int MentionCount { get; init; }

    /// <summary>Distinct articles that mention the actor.</summary>
    public IReadOnlyList<string> ArticleIds { get; init; } = [];

    /// <summary>Found in the text only, not in actors.yaml.</summary>
    public bool IsDiscovered { get; init; }
}
