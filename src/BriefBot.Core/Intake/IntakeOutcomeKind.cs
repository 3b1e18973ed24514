namespace BriefBot.Core.Intake;

public enum IntakeOutcomeKind
{
    Added,

    /// <summary>The text changed: the same article file was rewritten (digest "Updated").</summary>
    Updated,

    /// <summary>Already on the shelf with this text (the same story through another feed or address included).</summary>
    Unchanged,

    /// <summary>Back catalogue left out of a capped first import.</summary>
    Skipped,

    /// <summary>Refused by the SSRF guard or because it is not an article; retrying will not help.</summary>
    Refused,

    /// <summary>Could not be fetched or read now; tried again on the next poll.</summary>
    Failed,
}
