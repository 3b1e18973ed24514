namespace BriefBot.Core.Commands.Timeline;

/// <summary>One way of writing a period /timeline reads ("quarter"), with examples ("2026-Q1", "Q1 2026").</summary>
public sealed record PeriodForm(string Name, IReadOnlyList<string> Examples);
