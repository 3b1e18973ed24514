using System.Text;
using System.Text.Json;
using BriefBot.Core.Commands.Timeline;
using BriefBot.Core.Commands.Timeline.Export;
using BriefBot.Core.Knowledge.Model;
using Ical.Net.CalendarComponents;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Timeline.Export;

public sealed class TimelineExportTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2031, 7, 1, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TimelineExport Export(params ExportedEvent[] events) => new() { Period = "2031", GeneratedAt = GeneratedAt, Events = events };

    private static ExportedEvent Event(string id, PartialDate date, string summary = "Sylvania shelled Port Marl, the harbour of Freedonia.") => new()
    {
        Id = id,
        Date = date,
        IsInferred = date.Precision != DatePrecision.Day,
        Summary = summary,
        Actors = ["Sylvania", "Port Marl"],
        Sources = [new ExportedSource("harbour-one", "Crisis at Port Marl", 1, "Sylvanian gunboats shelled the harbour of Port Marl, \"at dawn\".", new Uri("https://example.org/harbour"), "Harbour Press")],
        Corroboration = 2,
    };

    private static List<CalendarEvent> ReadIcs(TimelineExport export) => [.. Ical.Net.Calendar.Load(IcsTimelineWriter.Write(export))!.Events];

    [Fact]
    public void A_day_is_one_all_day_event_with_the_quote_and_source_url_in_its_description()
    {
        var read = ReadIcs(Export(Event("ev-1", PartialDate.Day(2031, 6, 2)))).Single();

        Assert.False(read.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2031, 6, 2), read.DtStart.Date);
        Assert.Equal(new DateOnly(2031, 6, 3), read.DtEnd!.Date);
        Assert.Equal("Sylvania shelled Port Marl, the harbour of Freedonia.", read.Summary);
        Assert.Contains("Sylvanian gunboats shelled the harbour of Port Marl, \"at dawn\".", read.Description, StringComparison.Ordinal);
        Assert.Contains("https://example.org/harbour", read.Description, StringComparison.Ordinal);
        Assert.Equal("ev-1@briefbot", read.Uid);
    }

    [Theory]
    [InlineData("2031-03", "2031-03-01", "2031-04-01", "month")]
    [InlineData("2031-Q2", "2031-04-01", "2031-07-01", "quarter")]
    [InlineData("2031", "2031-01-01", "2032-01-01", "year")]
    [InlineData("199", "1990-01-01", "2000-01-01", "decade")]
    public void A_coarser_date_spans_its_whole_period_and_says_its_precision(string timex, string start, string endExclusive, string precision)
    {
        Assert.True(PartialDate.TryParseTimex(timex, out var date));

        var read = ReadIcs(Export(Event("ev-2", date))).Single();

        Assert.False(read.DtStart!.HasTime);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), read.DtStart.Date);
        Assert.Equal(DateOnly.Parse(endExclusive, System.Globalization.CultureInfo.InvariantCulture), read.DtEnd!.Date);
        Assert.StartsWith($"[{precision}] ", read.Summary, StringComparison.Ordinal);
        Assert.Equal(precision, read.Properties.Get<string>(IcsTimelineWriter.PrecisionProperty));
        Assert.Equal(timex, read.Properties.Get<string>(IcsTimelineWriter.TimexProperty));
        Assert.Equal("TRUE", read.Properties.Get<string>(IcsTimelineWriter.InferredProperty));
    }

    [Fact]
    public void Csv_round_trips_every_column_quotes_commas_and_all()
    {
        var export = Export(Event("ev-1", PartialDate.Day(2031, 6, 2)), Event("ev-2", PartialDate.Month(2031, 3), "Talks, \"quiet\" ones,\nbegan."));

        var rows = CsvTimelineWriter.Read(CsvTimelineWriter.Write(export));

        Assert.Equal(export.Events.Select(TimelineCsvRow.From), rows);
        Assert.Equal("2031-03", rows[1].Date);
        Assert.Equal("month", rows[1].Precision);
        Assert.Equal("Talks, \"quiet\" ones,\nbegan.", rows[1].Summary);
        Assert.Equal("Sylvania; Port Marl", rows[0].Actors);
        Assert.Equal("Crisis at Port Marl ¶1 https://example.org/harbour", rows[0].Sources);
        Assert.Equal(2, rows[0].Corroboration);
    }

    [Fact]
    public void The_csv_header_names_the_columns_in_order()
    {
        var csv = CsvTimelineWriter.Write(Export());

        Assert.Equal("date,precision,inferred,summary,actors,sources,corroboration", csv.TrimEnd());
    }

    [Fact]
    public void The_same_timeline_writes_the_same_bytes()
    {
        var export = Export(Event("ev-1", PartialDate.Day(2031, 6, 2)));

        Assert.Equal(TimelineFile.Of(export, ExportFormat.Ics).Content, TimelineFile.Of(export, ExportFormat.Ics).Content);
        Assert.Equal(TimelineFile.Of(export, ExportFormat.Csv).Content, TimelineFile.Of(export, ExportFormat.Csv).Content);
    }

    [Theory]
    [InlineData("ics", ExportFormat.Ics)]
    [InlineData("CSV", ExportFormat.Csv)]
    [InlineData(" json ", ExportFormat.Json)]
    public void Format_names_are_read_in_any_case(string text, ExportFormat expected)
    {
        Assert.True(TimelineFile.TryParseFormat(text, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("pdf")]
    [InlineData("")]
    public void Anything_else_is_not_a_format(string text)
    {
        Assert.False(TimelineFile.TryParseFormat(text, out _));
    }

    [Fact]
    public async Task A_shelf_timeline_exports_its_events_with_sources_and_corroboration()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        Assert.True(PeriodParser.TryParse("2031-06", out var period));

        var export = shelf.Store.Read(r => TimelineExporter.Collect(r, period, null, GeneratedAt));
        var file = TimelineFile.Of(export, ExportFormat.Json);

        var attack = export.Events.Single(e => e.Date == PartialDate.Day(2031, 6, 2));
        Assert.Equal(2, attack.Corroboration);
        Assert.Equal(2, attack.Sources.Select(s => s.ArticleId).Distinct().Count());
        Assert.Equal("timeline-june-2031.json", file.FileName);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(file.Content));
        Assert.Equal(export.Events.Count, json.RootElement.GetProperty("events").GetArrayLength());
    }
}
