namespace BriefBot.Core.Knowledge.Model;

/// <summary>
/// Articles that give an actor different posts of the same state or organisation for the same time
/// ("Foreign Minister" in one, "Defence Minister" in another): both are kept, neither is picked.
/// </summary>
public sealed record RoleDisagreement
{
    /// <summary>The time the claims are about: the earliest date any of them is placed at.</summary>
    public PartialDate? AsOf { get; init; }

    public IReadOnlyList<RoleClaim> Claims { get; init; } = [];

    /// <summary>True when every claim but one was revised by its own publisher.</summary>
    public bool IsRevision => Claims.Count(c => !c.IsCorrected) == 1;
}
