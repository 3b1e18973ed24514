using BriefBot.Core.Knowledge.Ingest.Dates;

namespace BriefBot.Core.Knowledge.Model;

/// <summary>One telling of an event: where, the quote, and how its date was read.</summary>
public sealed record EventMention
{
    public required Citation Citation { get; init; }

    /// <summary>The date words as written ("the following day").</summary>
    public required string DateText { get; init; }

    public required DateDerivation Derivation { get; init; }

    public string? Publisher { get; init; }
}
