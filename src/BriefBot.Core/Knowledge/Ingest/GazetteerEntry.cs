using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>One curated name from <c>actors.yaml</c>: spellings only, never facts.</summary>
public sealed record GazetteerEntry
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ActorKind Kind { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Acronyms { get; init; } = [];

    public IReadOnlyList<string> Demonyms { get; init; } = [];

    public IReadOnlyList<string> Metonyms { get; init; } = [];
}
