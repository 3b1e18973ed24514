using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>One name from <c>actors.yaml</c> or the generated world gazetteer: spellings only, never facts.</summary>
public sealed record GazetteerEntry
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ActorKind Kind { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Acronyms { get; init; } = [];

    public IReadOnlyList<string> Demonyms { get; init; } = [];

    public IReadOnlyList<string> Metonyms { get; init; } = [];

    /// <summary>From the generated world gazetteer, not <c>actors.yaml</c>: matched only where the tagger sees a name.</summary>
    public bool IsGenerated { get; init; }

    /// <summary>The state a city or territory lies in.</summary>
    public string? CountryId { get; init; }

    /// <summary>From this day the entry's capitals stand for it; before, for <see cref="Predecessor"/>.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>The day a historical state ended.</summary>
    public DateOnly? ValidTo { get; init; }

    public string? Predecessor { get; init; }

    /// <summary>ISO 3166-1 codes of a state (alpha-2, alpha-3).</summary>
    public IReadOnlyList<string> IsoCodes { get; init; } = [];

    public bool StoodOn(DateOnly date) => (ValidFrom is null || date >= ValidFrom) && (ValidTo is null || date < ValidTo);
}
