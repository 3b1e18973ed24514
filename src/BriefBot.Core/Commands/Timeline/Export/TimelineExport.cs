namespace BriefBot.Core.Commands.Timeline.Export;

/// <summary>A timeline to write as a file: what was asked, and the events oldest first.</summary>
public sealed record TimelineExport
{
    public required string Period { get; init; }

    public string? Actor { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public IReadOnlyList<ExportedEvent> Events { get; init; } = [];

    /// <summary>"timeline-2026-03-iran": a file name without extension, safe everywhere.</summary>
    public string FileStem => "timeline-" + Knowledge.Text.TextFolding.Slug(Period + (Actor is null ? "" : " " + Actor));
}
