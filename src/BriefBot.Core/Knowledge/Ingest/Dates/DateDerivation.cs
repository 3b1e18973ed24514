namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>Where a date's value came from, so answers can mark inferred dates.</summary>
public enum DateDerivation
{
    /// <summary>Fully written out in the text ("March 4, 2026", "the 1990s").</summary>
    Explicit,

    /// <summary>Completed or resolved from the document's own date ("March 5" in an article of 2026, "yesterday").</summary>
    DocumentDate,

    /// <summary>Resolved against an earlier date in the text ("the following day", "two decades later").</summary>
    Anchor,
}
