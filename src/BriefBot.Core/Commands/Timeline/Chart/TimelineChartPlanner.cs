using System.Globalization;
using BriefBot.Core.Charts;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Commands.Timeline.Chart;

/// <summary>
/// Lays a timeline chart out: pure arithmetic on the events, no drawing, so the picture's content is testable. Sized for
/// chat previews (<see cref="ChartPreview"/>): <see cref="ChartPreview.ChartWidth"/> wide, the left half for the
/// summaries (two lines, cut after a whole word) and their date line, the rest for the time axis.
/// </summary>
public static class TimelineChartPlanner
{
    public const int Width = ChartPreview.ChartWidth;

    /// <summary>Every text but the title: summaries, dates, ticks, the colour key.</summary>
    public const float TextSize = ChartPreview.SmallestText;
    public const float TitleSize = ChartPreview.TitleText;
    public const int LineHeight = 23;
    public const int SummaryLines = 2;

    /// <summary>Two summary lines and the date line.</summary>
    public const int RowHeight = ((SummaryLines + 1) * LineHeight) + 9;
    public const int HeaderHeight = 80;
    public const int AxisHeight = 44;
    public const int LegendLineHeight = 30;
    public const int LegendColumns = 2;
    public const int KeyLines = 2;
    public const int KeyHeight = (KeyLines * LineHeight) + 12;
    public const float Margin = ChartFrame.Margin;

    /// <summary>The share of the width inside the margins that the summaries take.</summary>
    public const float LabelShare = 0.58f;
    public const float LabelWidth = (Width - (2 * Margin)) * LabelShare;
    private const float PlotGap = 16;
    private const float PlotInset = 12;

    /// <summary>Few enough that tick labels at <see cref="TextSize"/> do not touch on the narrow axis.</summary>
    private const int MaxTicks = 3;
    private static readonly int[] DaySteps = [1, 2, 3, 5, 7, 10, 14];
    private static readonly int[] MonthSteps = [1, 2, 3, 4, 6];
    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

    /// <summary>The height a chart of <paramref name="rows"/> events with <paramref name="legendItems"/> key entries has.</summary>
    public static int HeightFor(int rows, int legendItems) =>
        HeaderHeight + (rows * RowHeight) + AxisHeight + (LegendLines(legendItems) * LegendLineHeight) + KeyHeight;

    public static TimelineChartLayout Plan(string title, string subtitle, IReadOnlyList<TimelineChartEvent> events, DateOnly periodStart, DateOnly periodEnd)
    {
        ArgumentNullException.ThrowIfNull(events);
        var (axisStart, axisEnd) = Axis(events, periodStart, periodEnd);
        var plotLeft = Margin + LabelWidth + PlotGap;
        var plotRight = Width - Margin;
        var innerLeft = plotLeft + PlotInset;
        var innerRight = plotRight - PlotInset;
        var days = (double)(axisEnd.DayNumber - axisStart.DayNumber + 1);
        float X(DateOnly day, bool afterDay) => (float)(innerLeft + ((day.DayNumber - axisStart.DayNumber + (afterDay ? 1 : 0)) / days * (innerRight - innerLeft)));

        var colours = ColoursByActor(events);
        var rows = new List<TimelineChartRow>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var top = HeaderHeight + (i * RowHeight);
            var colour = e.MainActor is { } a && colours.TryGetValue(a, out var c) ? c : ChartPalette.Other;
            TimelineMark mark;
            if (e.Date.Precision == DatePrecision.Day)
            {
                var x = (X(e.Date.Start, false) + X(e.Date.Start, true)) / 2;
                mark = new TimelineMark(x, x, true, false, false);
            }
            else
            {
                var from = e.Date.Start < axisStart ? axisStart : e.Date.Start;
                var to = e.Date.End > axisEnd ? axisEnd : e.Date.End;
                var x1 = X(from, false);
                var x2 = Math.Max(X(to, true), x1 + 6);
                mark = new TimelineMark(x1, x2, false, e.Date.Start < axisStart, e.Date.End > axisEnd);
            }

            // "inferred" before the actor: a cut line loses the name (the colour still tells it), never the doubt.
            var detail = e.Date.ToString() + (e.IsInferred ? " (inferred)" : "") + (e.MainActor is null ? "" : " · " + e.MainActor);
            rows.Add(new TimelineChartRow(e.Summary, detail, top, top + (RowHeight / 2f), mark, colour, e.IsInferred));
        }

        var legend = Legend(events, colours);
        var axisY = HeaderHeight + (events.Count * RowHeight) + 6f;
        var legendTop = HeaderHeight + (events.Count * RowHeight) + AxisHeight;
        var columnWidth = (Width - (2 * Margin)) / LegendColumns;
        return new TimelineChartLayout
        {
            Width = Width,
            Height = HeightFor(events.Count, legend.Count),
            Title = title,
            Subtitle = subtitle,
            PlotLeft = plotLeft,
            PlotRight = plotRight,
            PlotTop = HeaderHeight - 6,
            AxisY = axisY,
            Rows = rows,
            Ticks = Ticks(axisStart, axisEnd, X),
            Legend = [.. legend.Select((l, i) => new ChartLegendItem(l.Label, l.Colour, Margin + (i % LegendColumns * columnWidth), legendTop + (i / LegendColumns * LegendLineHeight)))],
            Key = ["● an exact day   ▬ a coarser date, over its span", "pale: date inferred   ◂ ▸ runs on past the chart"],
            KeyY = legendTop + (LegendLines(legend.Count) * LegendLineHeight) + 8,
        };
    }

    private static int LegendLines(int items) => (items + LegendColumns - 1) / LegendColumns;

    /// <summary>The days the axis shows: the events' own span, never beyond the period asked for.</summary>
    private static (DateOnly Start, DateOnly End) Axis(IReadOnlyList<TimelineChartEvent> events, DateOnly periodStart, DateOnly periodEnd)
    {
        if (events.Count == 0)
        {
            return (periodStart, periodEnd);
        }

        var start = events.Min(e => e.Date.Start);
        var end = events.Max(e => e.Date.End);
        start = start < periodStart ? periodStart : start;
        end = end > periodEnd ? periodEnd : end;
        if (end < start)
        {
            (start, end) = (periodStart, periodEnd);
        }

        // A single day would make a one-tick axis: show a week around it instead.
        if (end.DayNumber - start.DayNumber < 6)
        {
            var middle = start.DayNumber + ((end.DayNumber - start.DayNumber) / 2);
            start = DateOnly.FromDayNumber(Math.Max(middle - 3, DateOnly.MinValue.DayNumber));
            end = start.AddDays(6);
        }

        return (start, end);
    }

    /// <summary>
    /// Colours by main actor: the actors with most events here get the palette's colours in order (ties by first
    /// appearance), everyone else grey.
    /// </summary>
    private static Dictionary<string, ChartColour> ColoursByActor(IReadOnlyList<TimelineChartEvent> events) =>
        events.Select((e, i) => (e.MainActor, i))
            .Where(x => x.MainActor is not null)
            .GroupBy(x => x.MainActor!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.i))
            .Take(ChartPalette.Actors.Count)
            .Select((g, i) => (g.Key, Colour: ChartPalette.Actors[i]))
            .ToDictionary(x => x.Key, x => x.Colour, StringComparer.Ordinal);

    private static List<(string Label, ChartColour Colour)> Legend(IReadOnlyList<TimelineChartEvent> events, Dictionary<string, ChartColour> colours)
    {
        var counts = events.Where(e => e.MainActor is not null).GroupBy(e => e.MainActor!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var legend = colours.OrderBy(c => ChartPalette.Actors.ToList().IndexOf(c.Value))
            .Select(c => (Label: FormattableString.Invariant($"{c.Key} ({counts[c.Key]})"), c.Value))
            .ToList();
        var others = events.Count(e => e.MainActor is null || !colours.ContainsKey(e.MainActor));
        if (others > 0)
        {
            legend.Add((FormattableString.Invariant($"{(colours.Count == 0 ? "no actor named" : "others")} ({others})"), ChartPalette.Other));
        }

        return legend;
    }

    private static List<ChartTick> Ticks(DateOnly start, DateOnly end, Func<DateOnly, bool, float> x)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        var inv = CultureInfo.InvariantCulture;
        var ticks = new List<ChartTick>();
        if (days <= 62)
        {
            var step = DaySteps.First(s => (days + s - 1) / s <= MaxTicks || s == DaySteps[^1]);
            for (var d = start; d <= end; d = d.AddDays(step))
            {
                ticks.Add(new ChartTick((x(d, false) + x(d, true)) / 2, d.ToString("d MMM", inv)));
            }

            return ticks;
        }

        if (days <= 3 * 366)
        {
            var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
            var step = MonthSteps.First(s => (months + s - 1) / s <= MaxTicks || s == MonthSteps[^1]);
            for (var m = new DateOnly(start.Year, start.Month, 1); m <= end; m = m.AddMonths(1))
            {
                if (m >= start && (m.Month - 1) % step == 0)
                {
                    ticks.Add(new ChartTick(x(m, false), m.ToString(m.Month == 1 || ticks.Count == 0 ? "MMM yyyy" : "MMM", inv)));
                }
            }

            return ticks;
        }

        var years = end.Year - start.Year + 1;
        var yearStep = YearSteps.First(s => (years + s - 1) / s <= MaxTicks || s == YearSteps[^1]);
        for (var y = start.Year; y <= end.Year; y++)
        {
            var first = new DateOnly(y, 1, 1);
            if (first >= start && y % yearStep == 0)
            {
                ticks.Add(new ChartTick(x(first, false), y.ToString(inv)));
            }
        }

        return ticks;
    }
}
