using BriefBot.Core.Replies;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Timeline;

/// <summary>Events dated by reporting periods: quarter and half-year precision on /timeline, fiscal years as such, vague times never dated.</summary>
public sealed class TimelineReportingPeriodTests
{
    private const string Results = """
        The Freedonian state oil company posted a third-quarter loss of $3 million, Freedonian officials said.

        In the first half of 2031, Sylvanian exports to Freedonia fell 12%.

        Sylvania expects its budget to balance in fiscal 2032, Sylvanian officials said.

        Freedonian officials recently met Sylvanian envoys in Fredville.
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TestShelf Shelf() => new TestShelf().WithGazetteer(Shelves.Gazetteer).WithArticle("results", "Results", "2031-11-02", Results);

    private static List<DateSpan> Dates(Reply reply, string heading = "Events") =>
        [.. reply.Sections.Where(s => s.Heading == heading).SelectMany(s => s.Lines).Select(l => l.Spans.OfType<DateSpan>().First())];

    [Fact]
    public async Task A_quarter_period_lists_the_quarter_dated_events_as_Q3()
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031-Q3", Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        var date = Assert.Single(Dates(reply));
        Assert.Equal("2031-Q3", date.Value);
        Assert.StartsWith("Q3 2031", date.PlainText, StringComparison.Ordinal);
        Assert.Contains("Q3 2031", reply.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_lists_half_year_and_quarter_events_by_their_precision()
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031", Ct);

        var texts = Dates(reply).Select(d => d.PlainText).ToList();
        Assert.Contains(texts, t => t.StartsWith("first half of 2031", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Q3 2031", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_half_year_period_is_accepted_in_words()
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline first half of 2031", Ct);

        Assert.Equal(["2031-H1"], Dates(reply).Select(d => d.Value));
    }

    [Fact]
    public async Task A_fiscal_year_is_shown_as_fiscal_and_placed_by_its_calendar_year()
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2032", Ct);

        Assert.Equal(["fiscal 2032"], Dates(reply).Select(d => d.Date.ToString()));
    }

    [Fact]
    public async Task A_vague_reference_never_dates_an_event()
    {
        using var shelf = new TestShelf().WithGazetteer(Shelves.Gazetteer).WithArticle("vague", "Vague", "2031-11-02", "Freedonian officials recently met Sylvanian envoys in Fredville. Sylvania now rules Port Marl.");
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031", Ct);

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
    }
}
