namespace BriefBot.Core.Knowledge.Model;

/// <summary>How precisely a date is known, from coarsest to finest.</summary>
public enum DatePrecision
{
    Century = 0,
    Decade = 1,
    Year = 2,
    Quarter = 3,
    Month = 4,
    Week = 5,
    Day = 6,
}
