using BriefBot.Core.Charts;
using BriefBot.Core.Commands.Timeline.Chart;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Timeline.Chart;

/// <summary>The timeline chart's layout, checked as numbers before anything is drawn.</summary>
public sealed class TimelineChartPlannerTests
{
    private static readonly DateOnly June1 = new(2031, 6, 1);
    private static readonly DateOnly June30 = new(2031, 6, 30);

    private static TimelineChartEvent Event(PartialDate date, string? actor = "Sylvania", string summary = "Something happened", bool inferred = false) =>
        new(date, inferred, summary, actor);

    private static TimelineChartLayout Plan(params TimelineChartEvent[] events) => TimelineChartPlanner.Plan("Timeline", "sub", events, June1, June30);

    [Fact]
    public void The_picture_is_drawn_at_the_preview_width_and_its_text_still_reads_in_each_preview()
    {
        var layout = Plan(Event(PartialDate.Day(2031, 6, 2)));

        Assert.Equal(ChartPreview.ChartWidth, layout.Width);
        Assert.All(ChartPreview.PreviewWidths, w =>
        {
            Assert.True(ChartPreview.Scaled(TimelineChartPlanner.TextSize, layout.Width, w) >= ChartPreview.MinimumReadablePixels, $"labels at {w} px");
            Assert.True(ChartPreview.Scaled(TimelineChartPlanner.TitleSize, layout.Width, w) >= ChartPreview.MinimumReadablePixels, $"title at {w} px");
        });
    }

    [Fact]
    public void The_summaries_take_their_share_of_the_width_and_every_mark_and_tick_label_sits_right_of_them()
    {
        var layout = Plan(Event(PartialDate.Year(2031)), Event(PartialDate.Day(2031, 6, 1)), Event(PartialDate.Day(2031, 6, 30)));
        using var font = ChartFont.Sized(TimelineChartPlanner.TextSize);

        var labelsEnd = TimelineChartPlanner.Margin + TimelineChartPlanner.LabelWidth;
        Assert.Equal(TimelineChartPlanner.LabelWidth, (layout.Width - (2 * TimelineChartPlanner.Margin)) * TimelineChartPlanner.LabelShare, 0.01f);
        Assert.All(layout.Rows, r => Assert.True(r.Mark.X1 > labelsEnd, "a mark over the summaries"));
        Assert.All(layout.Ticks, t =>
        {
            var half = font.MeasureText(t.Label) / 2;
            Assert.InRange(t.X - half, labelsEnd, layout.Width);
            Assert.InRange(t.X + half, labelsEnd, layout.Width);
        });
        Assert.All(layout.Key, line => Assert.True(font.MeasureText(line) <= layout.Width - (2 * TimelineChartPlanner.Margin), $"the key line '{line}' would be cut"));
        Assert.True(layout.KeyY + (layout.Key.Count * TimelineChartPlanner.LineHeight) <= layout.Height);
    }

    [Fact]
    public void An_exact_day_is_a_point_and_a_coarser_date_a_bar_over_its_span()
    {
        var layout = Plan(Event(PartialDate.Day(2031, 6, 2)), Event(PartialDate.Week(2031, 24)), Event(PartialDate.Day(2031, 6, 20)));

        Assert.Equal([true, false, true], layout.Rows.Select(r => r.Mark.IsPoint));
        var day = layout.Rows[0].Mark;
        Assert.Equal(day.X1, day.X2);
        var week = layout.Rows[1].Mark;
        Assert.True(week.X1 > day.X1 && week.X2 < layout.Rows[2].Mark.X1, "the week (9–15 June) lies between 2 and 20 June");
        // Seven of the axis's nineteen days (2–20 June), in proportion.
        var dayWidth = (layout.Rows[2].Mark.X1 - day.X1) / 18;
        Assert.Equal(7 * dayWidth, week.X2 - week.X1, 0.5f);
    }

    [Fact]
    public void A_date_wider_than_the_period_is_cut_at_the_axis_and_marked_as_running_on()
    {
        var layout = Plan(Event(PartialDate.Year(2031)), Event(PartialDate.Day(2031, 6, 10)));

        var year = layout.Rows[0].Mark;
        Assert.False(year.IsPoint);
        Assert.True(year.CutAtStart);
        Assert.True(year.CutAtEnd);
        Assert.InRange(year.X1, layout.PlotLeft, layout.PlotRight);
        Assert.InRange(year.X2, layout.PlotLeft, layout.PlotRight);
        Assert.All(layout.Rows, r => Assert.InRange(r.Mark.X1, layout.PlotLeft, layout.PlotRight));
    }

    [Fact]
    public void Rows_go_down_in_the_given_order_and_the_height_follows_rows_and_key()
    {
        var layout = Plan(Event(PartialDate.Day(2031, 6, 2), summary: "first"), Event(PartialDate.Day(2031, 6, 3), summary: "second"), Event(PartialDate.Month(2031, 6), summary: "third"));

        Assert.Equal(["first", "second", "third"], layout.Rows.Select(r => r.Summary));
        Assert.True(layout.Rows[0].CentreY < layout.Rows[1].CentreY && layout.Rows[1].CentreY < layout.Rows[2].CentreY);
        Assert.Equal(TimelineChartPlanner.Width, layout.Width);
        Assert.Equal(TimelineChartPlanner.HeightFor(3, layout.Legend.Count), layout.Height);
        Assert.True(layout.AxisY > layout.Rows[^1].CentreY);
        Assert.True(layout.KeyY < layout.Height);
    }

    [Fact]
    public void The_actor_with_most_events_takes_the_first_colour_and_everyone_past_the_palette_is_grey()
    {
        var actors = new[] { "A", "B", "B", "C", "D", "E", "F", "G", "H", "I" };
        var layout = Plan([.. actors.Select((a, i) => Event(PartialDate.Day(2031, 6, i + 1), a)), Event(PartialDate.Day(2031, 6, 20), actor: null)]);

        Assert.Equal(ChartPalette.Actors[0], layout.Rows[1].Colour);
        Assert.Equal(ChartPalette.Actors[0], layout.Rows[2].Colour);
        Assert.Equal(ChartPalette.Actors[1], layout.Rows[0].Colour);
        Assert.Equal(ChartPalette.Other, layout.Rows[^1].Colour);
        Assert.Equal(ChartPalette.Other, layout.Rows[^2].Colour);
        Assert.Equal(ChartPalette.Actors.Count + 1, layout.Legend.Count);
        Assert.Equal("B (2)", layout.Legend[0].Label);
        Assert.Equal("others (3)", layout.Legend[^1].Label);
        Assert.Equal(layout.Legend.Count, layout.Legend.Select(l => (l.X, l.Y)).Distinct().Count());
    }

    [Fact]
    public void Ticks_stay_on_the_axis_are_few_and_name_the_unit_the_span_needs()
    {
        var days = TimelineChartPlanner.Plan("t", "s", [Event(PartialDate.Day(2031, 6, 2)), Event(PartialDate.Day(2031, 6, 28))], June1, June30);
        var months = TimelineChartPlanner.Plan("t", "s", [Event(PartialDate.Month(2031, 1)), Event(PartialDate.Day(2031, 11, 5))], new DateOnly(2031, 1, 1), new DateOnly(2031, 12, 31));
        var years = TimelineChartPlanner.Plan("t", "s", [Event(PartialDate.Year(1990)), Event(PartialDate.Year(2029))], new DateOnly(1990, 1, 1), new DateOnly(2031, 12, 31));

        using var font = ChartFont.Sized(TimelineChartPlanner.TextSize);
        foreach (var layout in new[] { days, months, years })
        {
            Assert.InRange(layout.Ticks.Count, 2, 7);
            Assert.All(layout.Ticks, t => Assert.InRange(t.X, layout.PlotLeft, layout.PlotRight));
            Assert.Equal(layout.Ticks.OrderBy(t => t.X), layout.Ticks);
            // Neighbouring tick labels, at the chart's text size, keep apart.
            foreach (var (a, b) in layout.Ticks.Zip(layout.Ticks.Skip(1)))
            {
                Assert.True(b.X - a.X >= ((font.MeasureText(a.Label) + font.MeasureText(b.Label)) / 2) + 6, $"'{a.Label}' and '{b.Label}' touch");
            }
        }

        Assert.Contains(days.Ticks, t => t.Label == "2 Jun");
        Assert.Equal("Jan 2031", months.Ticks[0].Label);
        Assert.All(years.Ticks, t => Assert.Matches("^[0-9]{4}$", t.Label));
    }

    [Fact]
    public void The_detail_line_gives_the_date_at_its_precision_the_actor_and_an_inferred_mark()
    {
        var layout = Plan(Event(PartialDate.Month(2031, 6), inferred: true));

        var detail = layout.Rows.Single().Detail;
        Assert.Contains(PartialDate.Month(2031, 6).ToString(), detail, StringComparison.Ordinal);
        Assert.Contains("Sylvania", detail, StringComparison.Ordinal);
        Assert.Contains("inferred", detail, StringComparison.Ordinal);
        Assert.True(layout.Rows.Single().IsInferred);
    }
}
