using BriefBot.Core.Knowledge.Ingest.Dates;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>One dated sentence (or clause) about actors, before mentions of the same event are merged.</summary>
internal sealed record EventCandidate
{
    public required PartialDate Date { get; init; }

    public required TemporalExpression DateExpression { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlySet<string> ActorIds { get; init; }

    public required IReadOnlySet<string> PlaceIds { get; init; }

    public required IReadOnlySet<string> Keywords { get; init; }

    public required Citation Citation { get; init; }

    public required int SentenceIndex { get; init; }

    public string? Publisher { get; init; }

    /// <summary>The date of a dateline ("NEW DELHI, March 1 - "): when the story was filed, not when things happened.</summary>
    public bool IsDateline { get; init; }

    /// <summary>The article's date: which of two tellings by the same publisher is the later, correcting one.</summary>
    public DateOnly? Published { get; init; }
}
