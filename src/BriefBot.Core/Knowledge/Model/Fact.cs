namespace BriefBot.Core.Knowledge.Model;

/// <summary>A sentence about an actor, scored so the most informative come first.</summary>
public sealed record Fact(Citation Citation, double Score, PartialDate? Date);
