namespace BriefBot.Core.Knowledge.Model;

/// <summary>A name that more than one actor answers to ("Aliyev"): kept apart, never merged.</summary>
public sealed record AmbiguousName(string Name, IReadOnlyList<string> ActorIds);
