namespace BriefBot.Core.Digests;

/// <summary>The span a digest covers: from the previous digest (or a week back) to this one.</summary>
public readonly record struct DigestWindow(DateTime StartUtc, DateTime EndUtc)
{
    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;

    public DateOnly FirstDay => DateOnly.FromDateTime(StartUtc);

    public DateOnly LastDay => DateOnly.FromDateTime(EndUtc.AddTicks(-1));

    /// <summary>
    /// Whether <paramref name="day"/> belongs to this window: the one holding its first instant (00:00 UTC).
    /// Windows meet mid-day (a digest sent at 13:40 ends one and starts the next), so both touch that day; this
    /// gives each day, and the events that end on it, to exactly one digest.
    /// </summary>
    public bool OwnsDay(DateOnly day) => Contains(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
}
