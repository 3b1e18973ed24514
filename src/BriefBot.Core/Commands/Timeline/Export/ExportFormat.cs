namespace BriefBot.Core.Commands.Timeline.Export;

/// <summary>The file formats a timeline is exported as.</summary>
public enum ExportFormat
{
    Ics,
    Csv,
    Json,
}
