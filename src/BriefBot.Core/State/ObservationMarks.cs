namespace BriefBot.Core.State;

/// <summary>When a store first noted the shelf (what came before is back catalogue) and the build it noted last.</summary>
public sealed record ObservationMarks(DateTime BootstrappedUtc, string? ObservedBuild);
