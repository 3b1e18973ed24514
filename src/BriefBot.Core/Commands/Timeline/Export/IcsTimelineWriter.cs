using System.Globalization;
using System.Text;
using BriefBot.Core.Knowledge.Model;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace BriefBot.Core.Commands.Timeline.Export;

/// <summary>
/// A timeline as iCalendar (RFC 5545) through Ical.Net: every event all-day. A day is one day; a week, month,
/// quarter, year or coarser is one all-day event spanning the whole period, with the precision in the summary
/// ("[month] …") and in X-BRIEFBOT-PRECISION / X-BRIEFBOT-TIMEX, so no calendar shows a day nobody wrote.
/// The description carries each source's quote and URL.
/// </summary>
public static class IcsTimelineWriter
{
    public const string PrecisionProperty = "X-BRIEFBOT-PRECISION";
    public const string TimexProperty = "X-BRIEFBOT-TIMEX";
    public const string InferredProperty = "X-BRIEFBOT-INFERRED";
    public const string CorroborationProperty = "X-BRIEFBOT-CORROBORATION";

    public static string Write(TimelineExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var calendar = new Ical.Net.Calendar { ProductId = "-//BriefBot//Timeline//EN" };
        calendar.AddProperty("X-WR-CALNAME", "BriefBot timeline: " + export.Period + (export.Actor is null ? "" : " — " + export.Actor));
        var stamp = new CalDateTime(export.GeneratedAt.UtcDateTime, "UTC");
        foreach (var e in export.Events)
        {
            var end = e.Date.End.AddDays(1);
            var item = new CalendarEvent
            {
                Uid = e.Id + "@briefbot",
                DtStamp = stamp,
                DtStart = new CalDateTime(e.Date.Start.Year, e.Date.Start.Month, e.Date.Start.Day),
                DtEnd = new CalDateTime(end.Year, end.Month, end.Day),
                Summary = (e.Date.Precision == DatePrecision.Day ? "" : "[" + e.Date.Precision.ToString().ToLowerInvariant() + "] ") + e.Summary,
                Description = Description(e),
            };
            if (e.Sources.FirstOrDefault(s => s.Url is not null)?.Url is { } url)
            {
                item.Url = url;
            }

            item.AddProperty(PrecisionProperty, e.Date.Precision.ToString().ToLowerInvariant());
            item.AddProperty(TimexProperty, e.Date.ToTimex());
            item.AddProperty(InferredProperty, e.IsInferred ? "TRUE" : "FALSE");
            item.AddProperty(CorroborationProperty, e.Corroboration.ToString(CultureInfo.InvariantCulture));
            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Description(ExportedEvent e)
    {
        var sb = new StringBuilder();
        sb.Append(e.Date).Append(e.IsInferred ? " (inferred)" : "").Append('\n');
        if (e.Actors.Count > 0)
        {
            sb.Append("Actors: ").Append(string.Join(", ", e.Actors)).Append('\n');
        }

        foreach (var source in e.Sources)
        {
            sb.Append('\n').Append('“').Append(source.Quote).Append("”\n— ").Append(source.ArticleTitle)
                .Append(CultureInfo.InvariantCulture, $", ¶{source.Paragraph}");
            if (source.Url is { } url)
            {
                sb.Append(' ').Append(url.AbsoluteUri);
            }

            sb.Append('\n');
        }

        return sb.ToString().TrimEnd();
    }
}
