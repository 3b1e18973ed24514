using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Timeline;
using BriefBot.Core.Commands.Timeline.Chart;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Replies;
using SkiaSharp;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Timeline.Chart;

/// <summary><c>/timeline PERIOD [ACTOR] chart:png</c>: the text answer with the same events drawn as a PNG.</summary>
public sealed class TimelineChartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int TextEventCount(Reply reply) => reply.Sections.Where(s => s.Heading is "Events" or "Also in this period (less precise dates)").Sum(s => s.Lines.Count);

    [Fact]
    public async Task Chart_png_keeps_the_text_answer_and_attaches_a_picture_of_the_same_events()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var text = await shelf.AskAsync("/timeline 2031", Ct);
        var reply = await shelf.AskAsync("/timeline 2031 chart:png", Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(text.Summary, reply.Summary);
        Assert.Equal(TextEventCount(text), TextEventCount(reply));
        var file = Assert.IsType<ReplyAttachment>(reply.Attachment);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal("timeline-2031.png", file.FileName);
        using var image = SKBitmap.Decode(file.Content);
        Assert.NotNull(image);
        var events = shelf.Store.Read(reader => TimelineChart.Events(reader, Period.Of(PartialDate.Year(2031)), null, 1));
        Assert.Equal(TextEventCount(text), events.Count);
        var layout = TimelineChartPlanner.Plan(reply.Title, reply.Summary!, events, new DateOnly(2031, 1, 1), new DateOnly(2031, 12, 31));
        Assert.Equal(TimelineChartPlanner.Width, image.Width);
        Assert.Equal(layout.Height, image.Height);
    }

    [Fact]
    public async Task Every_mark_of_the_layout_is_drawn_in_its_colour_where_the_layout_puts_it()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031", Ct);
        var events = shelf.Store.Read(reader => TimelineChart.Events(reader, Period.Of(PartialDate.Year(2031)), null, 1));
        var layout = TimelineChartPlanner.Plan(reply.Title, reply.Summary!, events, new DateOnly(2031, 1, 1), new DateOnly(2031, 12, 31));
        using var image = SKBitmap.Decode(TimelineChartPainter.Paint(layout));

        Assert.NotEmpty(layout.Rows);
        foreach (var row in layout.Rows.Where(r => !r.IsInferred))
        {
            var x = (int)((row.Mark.X1 + row.Mark.X2) / 2);
            var pixel = image.GetPixel(x, (int)row.CentreY);
            Assert.Equal((row.Colour.R, row.Colour.G, row.Colour.B), (pixel.Red, pixel.Green, pixel.Blue));
        }

        // Left of the first mark, on the row's line, the plot is still paper: nothing is drawn where no event is.
        var blank = image.GetPixel((int)layout.PlotLeft + 2, (int)layout.Rows[0].CentreY);
        Assert.Equal(SKColors.White, blank);
    }

    [Fact]
    public async Task The_same_shelf_draws_the_same_bytes()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var first = await shelf.AskAsync("/timeline 2031-06 Sylvania chart:png", Ct);
        var second = await shelf.AskAsync("/timeline 2031-06 Sylvania chart:png", Ct);

        Assert.Equal(first.Attachment!.Content, second.Attachment!.Content);
        Assert.Equal("timeline-june-2031-sylvania.png", first.Attachment.FileName);
    }

    [Fact]
    public async Task Discords_chart_option_asks_for_the_same_picture()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        var request = new CommandRequest
        {
            Command = "timeline",
            Options = new Dictionary<string, string>(StringComparer.Ordinal) { ["period"] = "2031-06", ["chart"] = "png" },
        };

        var reply = await shelf.Dispatcher().DispatchAsync(request, Ct);
        var typed = await shelf.AskAsync("/timeline 2031-06 chart:png", Ct);

        Assert.Equal(typed.Attachment!.Content, reply.Attachment!.Content);
    }

    [Theory]
    [InlineData("/timeline 2031-06 chart:svg")]
    [InlineData("/timeline 2031-06 Sylvania chart:")]
    public async Task An_unknown_picture_is_said_so_and_never_taken_for_an_actor(string command)
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync(command, Ct);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Null(reply.Attachment);
        Assert.Contains("chart:png", reply.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_events_no_picture()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2040-01 chart:png", Ct);

        Assert.NotEqual(ReplyKind.Answer, reply.Kind);
        Assert.Null(reply.Attachment);
    }

    [Fact]
    public async Task A_picker_keeps_asking_for_the_picture()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var picker = await shelf.AskAsync("/timeline 2031 Firefly chart:png", Ct);

        Assert.Equal(ReplyKind.Choice, picker.Kind);
        Assert.NotEmpty(picker.Choices);
        Assert.All(picker.Choices, c => Assert.EndsWith(" chart:png", c.Command, StringComparison.Ordinal));
    }
}
