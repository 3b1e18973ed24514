namespace BriefBot.Core.Replies;

/// <summary>
/// How long a replica holds an acknowledged answer before another may finish it (<c>DeferredAnswers__Lease</c>), and
/// how often each replica looks for answers left behind (<c>DeferredAnswers__SweepEvery</c>).
/// </summary>
public sealed class DeferredAnswerOptions
{
    public const string SectionName = "DeferredAnswers";

    /// <summary>Renewed every third of itself while the answer is worked on; a dead owner's answer waits this long at most.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Answers taken over per sweep; the rest wait for the next sweep or another replica.</summary>
    public int ClaimPerSweep { get; set; } = 20;

    /// <summary>Every failure at once, for ValidateOnStart.</summary>
    public IEnumerable<string> Failures()
    {
        if (Lease < TimeSpan.FromMilliseconds(300))
        {
            yield return "DeferredAnswers:Lease (DeferredAnswers__Lease) must be at least 00:00:00.300: it is renewed every third of itself.";
        }

        if (SweepEvery <= TimeSpan.Zero)
        {
            yield return "DeferredAnswers:SweepEvery (DeferredAnswers__SweepEvery) must be positive.";
        }

        if (ClaimPerSweep < 1)
        {
            yield return "DeferredAnswers:ClaimPerSweep (DeferredAnswers__ClaimPerSweep) must be at least 1.";
        }
    }
}
