namespace BriefBot.Core.Knowledge.Model;

/// <summary>One role some articles give an actor, with every telling of it, in a <see cref="RoleDisagreement"/>.</summary>
public sealed record RoleClaim
{
    public required Role Role { get; init; }

    public IReadOnlyList<Citation> Citations { get; init; } = [];

    public IReadOnlyList<string> Publishers { get; init; } = [];

    /// <summary>A later article from the same publisher gives the other role: a revision, not a contradiction.</summary>
    public bool IsCorrected { get; init; }
}
