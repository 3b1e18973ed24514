using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Commands.Timeline;

/// <summary>A span of days asked about, with the precision it was asked at ("2026-03" is a month).</summary>
public sealed record Period(DateOnly Start, DateOnly End, DatePrecision Precision, string Label)
{
    public static Period Of(PartialDate date) => new(date.Start, date.End, date.Precision, date.ToString());

    /// <summary>
    /// The event's date lies wholly inside the period, whatever its precision: the 1990s are in 1800..2100 (and
    /// listed as a decade), while 2026 overlaps March 2026 without lying in it.
    /// </summary>
    public bool Holds(PartialDate date) => date.Start >= Start && date.End <= End;
}
