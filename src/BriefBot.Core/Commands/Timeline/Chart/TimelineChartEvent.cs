using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Commands.Timeline.Chart;

/// <summary>One event as the chart draws it: its date at its own precision, its short summary and its main actor.</summary>
public sealed record TimelineChartEvent(PartialDate Date, bool IsInferred, string Summary, string? MainActor);
