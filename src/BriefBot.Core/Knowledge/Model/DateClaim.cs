namespace BriefBot.Core.Knowledge.Model;

/// <summary>
/// One date that some tellings of an event give, with the tellings that give it. Kept only when the tellings
/// disagree: a coarser date that holds a finer one ("March 2026" and "5 March 2026") is no disagreement.
/// </summary>
public sealed record DateClaim
{
    public required PartialDate Date { get; init; }

    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Publishers of the tellings, as their articles name them.</summary>
    public IReadOnlyList<string> Publishers { get; init; } = [];

    /// <summary>
    /// A later article from the same publisher gives another date: the claim was revised by its own source,
    /// not contradicted by another.
    /// </summary>
    public bool IsCorrected { get; init; }
}
