using System.Globalization;
using CsvHelper;

namespace BriefBot.Core.Commands.Timeline.Export;

/// <summary>
/// A timeline as CSV (RFC 4180, through CsvHelper): one row per event with date (TIMEX3), precision, inferred,
/// summary, actors ("; "), sources (" | ", each "title ¶N url") and the corroboration count.
/// </summary>
public static class CsvTimelineWriter
{
    public static string Write(TimelineExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, options: null, leaveOpen: true))
        {
            csv.WriteHeader(TimelineCsvRow.Header);
            foreach (var e in export.Events)
            {
                csv.WriteRecord(TimelineCsvRow.From(e).Fields());
            }
        }

        return text.ToString();
    }

    /// <summary>Reads rows written by <see cref="Write"/> back, by column name.</summary>
    public static IReadOnlyList<TimelineCsvRow> Read(string content)
    {
        var rows = new List<TimelineCsvRow>();
        using var csv = CsvReader.FromText(content, options: null);
        while (csv.Read())
        {
            rows.Add(new TimelineCsvRow
            {
                Date = csv.GetString("date"),
                Precision = csv.GetString("precision"),
                Inferred = string.Equals(csv.GetString("inferred"), "true", StringComparison.Ordinal),
                Summary = csv.GetString("summary"),
                Actors = csv.GetString("actors"),
                Sources = csv.GetString("sources"),
                Corroboration = int.Parse(csv.GetString("corroboration"), NumberStyles.None, CultureInfo.InvariantCulture),
            });
        }

        return rows;
    }
}
