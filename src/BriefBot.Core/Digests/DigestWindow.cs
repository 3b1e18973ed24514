namespace BriefBot.Core.Digests;

/// <summary>The span a digest covers: from the previous digest (or a week back) to this one.</summary>
public readonly record struct DigestWindow(DateTime StartUtc, DateTime EndUtc)
{
    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;

    public DateOnly FirstDay => DateOnly.FromDateTime(StartUtc);

    public DateOnly LastDay => DateOnly.FromDateTime(EndUtc.AddTicks(-1));
}
