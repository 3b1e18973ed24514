using System.Text.Json;
using BriefBot.Core.Knowledge.Store;

namespace BriefBot.Core.Commands.Timeline.Export;

/// <summary>An exported timeline in one format: its file name, media type and bytes.</summary>
public sealed record TimelineFile(string FileName, string ContentType, byte[] Content)
{
    public static TimelineFile Of(TimelineExport export, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(export);
        var (extension, type, text) = format switch
        {
            ExportFormat.Ics => ("ics", "text/calendar", IcsTimelineWriter.Write(export)),
            ExportFormat.Csv => ("csv", "text/csv", CsvTimelineWriter.Write(export)),
            _ => ("json", "application/json", JsonSerializer.Serialize(export, KnowledgeJson.Indented) + "\n"),
        };
        return new TimelineFile(export.FileStem + "." + extension, type, System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>"ics", "csv" or "json", any case; nothing else (not even an enum number).</summary>
    public static bool TryParseFormat(string? text, out ExportFormat format)
    {
        format = default;
        var name = text?.Trim() ?? "";
        var found = Enum.GetValues<ExportFormat>().Where(f => string.Equals(f.ToString(), name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (found.Count == 0)
        {
            return false;
        }

        format = found[0];
        return true;
    }
}
