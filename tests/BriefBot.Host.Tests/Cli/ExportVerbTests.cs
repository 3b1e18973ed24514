using BriefBot.Host.Cli;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Host.Tests.Cli;

public sealed class ExportVerbTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TestShelf Shelf() => new TestShelf()
        .WithGazetteer("- name: Sylvania\n  kind: state\n  demonyms: [Sylvanian]\n- name: Quentin Hale\n  kind: person\n")
        .WithArticle("a", "Harbour news", "2031-06-10", "On June 2, 2031, Sylvanian gunboats shelled Port Marl. Admiral Quentin Hale resigned on June 4, 2031.");

    private static async Task<(int Code, string Output, string Error)> ExportAsync(TestShelf shelf, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ExportVerb.RunAsync([.. args, "--knowledge", shelf.KnowledgeDirectory, "--db", shelf.DatabasePath], output, error, Ct);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Export_writes_the_period_as_an_ics_calendar_to_standard_output()
    {
        using var shelf = Shelf();

        var (code, output, _) = await ExportAsync(shelf, "2031-06", "--format", "ics");

        Assert.Equal(0, code);
        var calendar = Ical.Net.Calendar.Load(output)!;
        Assert.Contains(calendar.Events, e => e.DtStart!.Date == new DateOnly(2031, 6, 2) && !e.DtStart.HasTime);
    }

    [Fact]
    public async Task Export_with_an_actor_keeps_only_its_events_as_csv()
    {
        using var shelf = Shelf();

        var (code, output, _) = await ExportAsync(shelf, "2031-06", "Quentin", "Hale", "--format", "csv");

        Assert.Equal(0, code);
        var rows = Core.Commands.Timeline.Export.CsvTimelineWriter.Read(output);
        Assert.Equal(["2031-06-04"], rows.Select(r => r.Date));
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        using var shelf = Shelf();

        var (code, output, _) = await ExportAsync(shelf, "2031-06", "--format", "pdf");

        Assert.Equal(Usage.ExitCode, code);
        Assert.Empty(output);
    }

    [Fact]
    public async Task An_actor_nobody_is_called_is_refused_politely()
    {
        using var shelf = Shelf();

        var (code, output, error) = await ExportAsync(shelf, "2031-06", "Nobody", "Atall", "--format", "json");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith("No single actor is called 'Nobody Atall'.", error, StringComparison.Ordinal);
    }
}
