namespace BriefBot.Core.Intake;

/// <summary>Progress through one feed's entries, for the CLI's progress bar.</summary>
public sealed record IntakeProgress(string SourceId, int Done, int Total, string Title);
