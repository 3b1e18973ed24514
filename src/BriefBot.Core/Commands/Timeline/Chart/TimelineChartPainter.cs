using BriefBot.Core.Charts;
using SkiaSharp;

namespace BriefBot.Core.Commands.Timeline.Chart;

/// <summary>Draws a <see cref="TimelineChartLayout"/> as PNG bytes; every position comes from the layout.</summary>
internal static class TimelineChartPainter
{
    private const float PointRadius = 8;
    private const float BarHeight = 14;

    public static byte[] Paint(TimelineChartLayout layout) => PngCanvas.Draw(layout.Width, layout.Height, canvas =>
    {
        using var titleFont = ChartFont.Sized(TimelineChartPlanner.TitleSize, bold: true);
        using var textFont = ChartFont.Sized(TimelineChartPlanner.TextSize);
        using var ink = PngCanvas.Fill(ChartPalette.Ink);
        using var muted = PngCanvas.Fill(ChartPalette.Muted);
        using var rule = PngCanvas.Stroke(ChartPalette.Rule, 1);
        using var axis = PngCanvas.Stroke(ChartPalette.Muted, 1.5f);
        const float margin = TimelineChartPlanner.Margin;
        const int line = TimelineChartPlanner.LineHeight;

        var textWidth = layout.Width - (2 * margin);
        canvas.DrawText(PngCanvas.Fit(layout.Title, titleFont, textWidth), margin, ChartFrame.TitleBaseline, SKTextAlign.Left, titleFont, ink);
        canvas.DrawText(PngCanvas.Fit(layout.Subtitle, textFont, textWidth), margin, ChartFrame.SubtitleBaseline, SKTextAlign.Left, textFont, muted);

        foreach (var tick in layout.Ticks)
        {
            canvas.DrawLine(tick.X, layout.PlotTop, tick.X, layout.AxisY, rule);
            canvas.DrawLine(tick.X, layout.AxisY, tick.X, layout.AxisY + 6, axis);
            canvas.DrawText(tick.Label, tick.X, layout.AxisY + 26, SKTextAlign.Center, textFont, muted);
        }

        canvas.DrawLine(layout.PlotLeft, layout.AxisY, layout.PlotRight, layout.AxisY, axis);
        foreach (var row in layout.Rows)
        {
            var bottom = row.Top + TimelineChartPlanner.RowHeight;
            canvas.DrawLine(margin, bottom, layout.PlotRight, bottom, rule);
            var summary = PngCanvas.Wrap(row.Summary, textFont, TimelineChartPlanner.LabelWidth, TimelineChartPlanner.SummaryLines);
            for (var i = 0; i < summary.Count; i++)
            {
                canvas.DrawText(summary[i], margin, row.Top + 21 + (i * line), SKTextAlign.Left, textFont, ink);
            }

            // The date line follows the summary, one line up when the summary takes one.
            var detailY = row.Top + 21 + (Math.Max(summary.Count, 1) * line);
            canvas.DrawText(PngCanvas.Fit(row.Detail, textFont, TimelineChartPlanner.LabelWidth), margin, detailY, SKTextAlign.Left, textFont, muted);
            DrawMark(canvas, row);
        }

        var columnWidth = textWidth / TimelineChartPlanner.LegendColumns;
        foreach (var item in layout.Legend)
        {
            using var swatch = PngCanvas.Fill(item.Colour);
            canvas.DrawRoundRect(new SKRect(item.X, item.Y + 6, item.X + 18, item.Y + 24), 3, 3, swatch);
            canvas.DrawText(PngCanvas.Fit(item.Label, textFont, columnWidth - 30), item.X + 26, item.Y + 21, SKTextAlign.Left, textFont, ink);
        }

        for (var i = 0; i < layout.Key.Count; i++)
        {
            canvas.DrawText(PngCanvas.Fit(layout.Key[i], textFont, textWidth), margin, layout.KeyY + 18 + (i * line), SKTextAlign.Left, textFont, muted);
        }
    });

    private static void DrawMark(SKCanvas canvas, TimelineChartRow row)
    {
        using var fill = PngCanvas.Fill(row.Colour, row.IsInferred ? (byte)0x40 : (byte)0xFF);
        using var outline = PngCanvas.Stroke(row.Colour, 2.5f);
        var y = row.CentreY;
        if (row.Mark.IsPoint)
        {
            canvas.DrawCircle(row.Mark.X1, y, PointRadius, fill);
            canvas.DrawCircle(row.Mark.X1, y, PointRadius, outline);
            return;
        }

        var bar = new SKRect(row.Mark.X1, y - (BarHeight / 2), row.Mark.X2, y + (BarHeight / 2));
        canvas.DrawRoundRect(bar, 3, 3, fill);
        canvas.DrawRoundRect(bar, 3, 3, outline);
        using var arrow = PngCanvas.Fill(row.Colour);
        if (row.Mark.CutAtStart)
        {
            using var left = Triangle(bar.Left - 2, y, -1);
            canvas.DrawPath(left, arrow);
        }

        if (row.Mark.CutAtEnd)
        {
            using var right = Triangle(bar.Right + 2, y, 1);
            canvas.DrawPath(right, arrow);
        }
    }

    private static SKPath Triangle(float x, float y, int direction)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(x, y - 8);
        builder.LineTo(x + (direction * 9), y);
        builder.LineTo(x, y + 8);
        builder.Close();
        return builder.Detach();
    }
}
