using System.Globalization;
using System.Text;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Core.Commands.Timeline.Export;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Timeline.Export;

/// <summary><c>/timeline PERIOD [ACTOR] export:FORMAT</c>: the same events as the text answer, as a file attached to it.</summary>
public sealed class TimelineAttachmentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int TextEventCount(Reply reply) => reply.Sections.Where(s => s.Heading is "Events" or "Also in this period (less precise dates)").Sum(s => s.Lines.Count);

    [Fact]
    public async Task Export_ics_attaches_a_calendar_holding_the_periods_events()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var text = await shelf.AskAsync("/timeline 2031-06", Ct);
        var reply = await shelf.AskAsync("/timeline 2031-06 export:ics", Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        var file = Assert.IsType<ReplyAttachment>(reply.Attachment);
        Assert.EndsWith(".ics", file.FileName, StringComparison.Ordinal);
        Assert.Equal("text/calendar", file.ContentType);
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(file.Content))!;
        Assert.Equal(TextEventCount(text), calendar.Events.Count);
        Assert.Contains(file.FileName, reply.Summary, StringComparison.Ordinal);
        Assert.StartsWith(calendar.Events.Count.ToString(CultureInfo.InvariantCulture) + " event", reply.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_csv_with_an_actor_attaches_only_that_actors_events_as_rows()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var text = await shelf.AskAsync("/timeline 2031-06 Sylvania", Ct);
        var reply = await shelf.AskAsync("/timeline 2031-06 Sylvania export:CSV", Ct);

        var file = Assert.IsType<ReplyAttachment>(reply.Attachment);
        Assert.Equal("text/csv", file.ContentType);
        var rows = CsvTimelineWriter.Read(Encoding.UTF8.GetString(file.Content));
        Assert.Equal(TextEventCount(text), rows.Count);
        Assert.Contains("Sylvania", reply.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discords_export_option_asks_for_the_same_file()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        var request = new CommandRequest
        {
            Command = "timeline",
            Options = new Dictionary<string, string>(StringComparer.Ordinal) { ["period"] = "2031-06", ["export"] = "json" },
        };

        var reply = await shelf.Dispatcher().DispatchAsync(request, Ct);

        var file = Assert.IsType<ReplyAttachment>(reply.Attachment);
        Assert.Equal("application/json", file.ContentType);
        using var json = System.Text.Json.JsonDocument.Parse(file.Content);
        Assert.True(json.RootElement.GetProperty("events").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("/timeline 2031-06 export:pdf")]
    [InlineData("/timeline 2031-06 Sylvania export:")]
    public async Task An_unknown_format_is_said_so_and_never_taken_for_an_actor(string command)
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync(command, Ct);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Null(reply.Attachment);
        Assert.Contains("ics", reply.Summary, StringComparison.Ordinal);
        Assert.Contains("export:ics", reply.Sections.Single().Lines.Single().PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_writes_the_file_beside_the_outbox_whole()
    {
        var directory = Directory.CreateTempSubdirectory("briefbot-files.").FullName;
        try
        {
            var file = new ReplyAttachment("timeline-2031-06.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));

            var path = await AttachmentFiles.SaveAsync(directory, file, Ct);
            var again = await AttachmentFiles.SaveAsync(directory, file with { FileName = "../../escape.ics" }, Ct);

            Assert.Equal(Path.Combine(directory, "files", "timeline-2031-06.ics"), path);
            Assert.Equal(file.Content, await File.ReadAllBytesAsync(path, Ct));
            Assert.Equal(Path.Combine(directory, "files", "escape.ics"), again);
            Assert.Empty(Directory.GetFiles(Path.Combine(directory, "files"), "*.tmp"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
