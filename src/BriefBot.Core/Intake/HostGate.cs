namespace BriefBot.Core.Intake;

/// <summary>One host's turn: requests to it run one at a time, spaced by the per-host interval, and none while it asked us to wait.</summary>
internal sealed class HostGate
{
    public SemaphoreSlim Turn { get; } = new(1, 1);

    public DateTimeOffset NextRequest { get; set; }

    /// <summary>Set from a Retry-After; fetches before then are answered "retry later" without a request.</summary>
    public DateTimeOffset BlockedUntil { get; set; }
}
