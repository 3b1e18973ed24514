using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Commands.Timeline;

/// <summary>A span of days asked about, with the precision it was asked at ("2026-03" is a month).</summary>
public sealed record Period(DateOnly Start, DateOnly End, DatePrecision Precision, string Label)
{
    public static Period Of(PartialDate date) => new(date.Start, date.End, date.Precision, date.ToString());

    /// <summary>The event's date lies wholly inside and is at least as precise as the period.</summary>
    public bool Holds(PartialDate date) => date.Start >= Start && date.End <= End && date.Precision >= Precision;
}
