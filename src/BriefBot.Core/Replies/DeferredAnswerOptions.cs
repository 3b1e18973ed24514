using BriefBot.Core.Settings;

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
        if (Lease < TimeSpan.FromMilliseconds(300) || Lease > TimeSpan.FromMinutes(14))
        {
            yield return $"{SettingName.Of("DeferredAnswers:Lease")} is {Lease}: it must be between 00:00:00.300 and 00:14:00 (renewed every third of itself, and shorter than an interaction token lives).";
        }

        if (SweepEvery <= TimeSpan.Zero)
        {
            yield return $"{SettingName.Of("DeferredAnswers:SweepEvery")} is {SweepEvery}: it must be a positive time span, like 00:00:10.";
        }

        if (ClaimPerSweep < 1)
        {
            yield return $"{SettingName.Of("DeferredAnswers:ClaimPerSweep")} is {ClaimPerSweep}: it must be a whole number, at least 1.";
        }
    }
}
