namespace BriefBot.Core.Commands;

/// <summary>An autocomplete entry: what the user sees and what is filled in.</summary>
public sealed record Suggestion(string Label, string Value);
