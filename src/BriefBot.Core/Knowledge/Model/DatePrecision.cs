namespace BriefBot.Core.Knowledge.Model;

/// <summary>How precisely a date is known, from coarsest to finest.</summary>
public enum DatePrecision
{
    Century = 0,
    Decade = 1,
    Year = 2,

    /// <summary>A half-year, January–June or July–December ("the first half of 1989").</summary>
    Half = 3,
    Quarter = 4,
    Month = 5,
    Week = 6,
    Day = 7,
}
