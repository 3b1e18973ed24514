using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>
/// One temporal expression found in text. Offsets are UTF-16 code units into the text that was parsed.
/// <see cref="Value"/> is the TimeML TIMEX3 value ("2026-03-05", "199", "PRESENT_REF", "P2Y"...);
/// <see cref="Date"/> is set only when the value is a calendar span BriefBot can place on a timeline.
/// </summary>
public sealed record TemporalExpression
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    /// <summary>TIMEX3 type: DATE, TIME, DURATION or SET.</summary>
    public string Type { get; init; } = "DATE";

    public required string Value { get; init; }

    public PartialDate? Date { get; init; }

    /// <summary>How the value was reached: Explicit, DocumentDate (year or weekday from the article's date), Anchor (relative to an earlier date in the text).</summary>
    public DateDerivation Derivation { get; init; } = DateDerivation.Explicit;

    /// <summary>
    /// A period named only to be compared with the one in focus ("the year-ago quarter", "a year earlier"): it is a date,
    /// but later expressions neither count from it nor take it as the period in focus.
    /// </summary>
    internal bool IsComparison { get; init; }
}
