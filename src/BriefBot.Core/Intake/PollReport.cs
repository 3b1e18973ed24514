namespace BriefBot.Core.Intake;

/// <summary>One feed poll: whether the feed answered, and what became of its entries.</summary>
public sealed record PollReport(string SourceId, string Url, bool Succeeded, string Message, int Added, int Updated, int Unchanged, int Failed, int Skipped);
