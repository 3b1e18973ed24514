using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Commands.Timeline.Export;

/// <summary>An event as exported: its date at its own precision (never a made-up day), who, and every source.</summary>
public sealed record ExportedEvent
{
    public required string Id { get; init; }

    public required PartialDate Date { get; init; }

    public bool IsInferred { get; init; }

    public required string Summary { get; init; }

    public IReadOnlyList<string> Actors { get; init; } = [];

    public IReadOnlyList<ExportedSource> Sources { get; init; } = [];

    /// <summary>How many publishers tell the event.</summary>
    public int Corroboration { get; init; }
}
