namespace BriefBot.Core.Intake;

/// <summary>What happened to one link, feed entry or PDF: the article file it went to, or why not.</summary>
public sealed record IntakeOutcome(IntakeOutcomeKind Kind, string Message, string? ItemId = null, string? Title = null)
{
    public bool IsStored => Kind is IntakeOutcomeKind.Added or IntakeOutcomeKind.Updated or IntakeOutcomeKind.Unchanged;
}
