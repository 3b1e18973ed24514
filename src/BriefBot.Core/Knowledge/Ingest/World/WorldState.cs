namespace BriefBot.Core.Knowledge.Ingest.World;

/// <summary>A state from the generated world gazetteer, with the dates it stood (historical states end).</summary>
public sealed record WorldState
{
    /// <summary>ISO 3166-1 alpha-3 in lower case ("irq"), or the old code of a historical state ("su").</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Official { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Acronyms { get; init; } = [];

    public IReadOnlyList<string> Demonyms { get; init; } = [];

    public required string Iso2 { get; init; }

    public required string Iso3 { get; init; }

    public IReadOnlyList<string> Capitals { get; init; } = [];

    /// <summary>From this day the state's capitals stand for it; before, for <see cref="Predecessor"/>.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>The day a historical state ended.</summary>
    public DateOnly? ValidTo { get; init; }

    public string? Predecessor { get; init; }

    public bool StoodOn(DateOnly date) => (ValidFrom is null || date >= ValidFrom) && (ValidTo is null || date < ValidTo);
}
