using System.Globalization;
using BriefBot.Core.Charts;
using SkiaSharp;

namespace BriefBot.Core.Commands.Who.Chart;

/// <summary>Draws a <see cref="WhoChartLayout"/> as PNG bytes; every position comes from the layout.</summary>
internal static class WhoChartPainter
{
    public static byte[] Paint(WhoChartLayout layout) => PngCanvas.Draw(layout.Width, layout.Height, canvas =>
    {
        using var titleFont = ChartFont.Sized(WhoChartPlanner.TitleSize, bold: true);
        using var subtitleFont = ChartFont.Sized(WhoChartPlanner.TextSize);
        using var nameFont = ChartFont.Sized(WhoChartPlanner.TextSize);
        using var centreFont = ChartFont.Sized(WhoChartPlanner.CentreTextSize, bold: true);
        using var countFont = ChartFont.Sized(WhoChartPlanner.TextSize, bold: true);
        using var legendFont = ChartFont.Sized(WhoChartPlanner.TextSize);
        using var ink = PngCanvas.Fill(ChartPalette.Ink);
        using var muted = PngCanvas.Fill(ChartPalette.Muted);
        using var paper = PngCanvas.Fill(ChartPalette.Paper);
        using var ring = PngCanvas.Stroke(ChartPalette.Paper, 3);

        var textWidth = layout.Width - (2 * ChartFrame.Margin);
        canvas.DrawText(PngCanvas.Fit(layout.Title, titleFont, textWidth), ChartFrame.Margin, ChartFrame.TitleBaseline, SKTextAlign.Left, titleFont, ink);
        canvas.DrawText(PngCanvas.Fit(layout.Subtitle, subtitleFont, textWidth), ChartFrame.Margin, ChartFrame.SubtitleBaseline, SKTextAlign.Left, subtitleFont, muted);

        for (var i = 0; i < layout.Edges.Count; i++)
        {
            var edge = layout.Edges[i];
            using var line = PngCanvas.Stroke(layout.Neighbours[i].Colour, edge.Width, 0x99);
            line.StrokeCap = SKStrokeCap.Round;
            canvas.DrawLine(edge.X1, edge.Y1, edge.X2, edge.Y2, line);
        }

        foreach (var edge in layout.Edges)
        {
            var count = edge.SharedEvents.ToString(CultureInfo.InvariantCulture);
            var half = Math.Max(15, (countFont.MeasureText(count) / 2) + 7);
            using var border = PngCanvas.Stroke(ChartPalette.Muted, 1.5f);
            var pill = new SKRect(edge.LabelX - half, edge.LabelY - 14, edge.LabelX + half, edge.LabelY + 14);
            canvas.DrawRoundRect(pill, 14, 14, paper);
            canvas.DrawRoundRect(pill, 14, 14, border);
            canvas.DrawText(count, edge.LabelX, edge.LabelY + 7, SKTextAlign.Center, countFont, ink);
        }

        foreach (var node in layout.Neighbours)
        {
            Disc(canvas, node, ring);
            // Above a disc the name grows upwards, below it downwards, so its last or first line stays by the disc.
            var lines = PngCanvas.Wrap(node.Name, nameFont, WhoChartPlanner.NameWidth, WhoChartPlanner.NameLines);
            var first = node.LabelAbove ? node.Y - node.Radius - 10 - ((lines.Count - 1) * WhoChartPlanner.NameLineHeight) : node.Y + node.Radius + 22;
            for (var i = 0; i < lines.Count; i++)
            {
                canvas.DrawText(lines[i], node.X, first + (i * WhoChartPlanner.NameLineHeight), SKTextAlign.Center, nameFont, ink);
            }
        }

        Disc(canvas, layout.Centre, ring);
        // The middle name sits among the edges: on paper, so the lines do not cross it.
        var centreName = PngCanvas.Fit(layout.Centre.Name, centreFont, 2 * WhoChartPlanner.NameWidth);
        var nameY = layout.Centre.Y + layout.Centre.Radius + 28;
        var halfName = (centreFont.MeasureText(centreName) / 2) + 8;
        using var halo = PngCanvas.Fill(ChartPalette.Paper, 0xE6);
        canvas.DrawRoundRect(new SKRect(layout.Centre.X - halfName, nameY - 22, layout.Centre.X + halfName, nameY + 7), 6, 6, halo);
        canvas.DrawText(centreName, layout.Centre.X, nameY, SKTextAlign.Center, centreFont, ink);

        var columnWidth = textWidth / WhoChartPlanner.LegendColumns;
        foreach (var item in layout.Legend)
        {
            using var swatch = PngCanvas.Fill(item.Colour);
            canvas.DrawCircle(item.X + 9, item.Y + 15, 9, swatch);
            canvas.DrawText(PngCanvas.Fit(item.Label, legendFont, columnWidth - 30), item.X + 26, item.Y + 21, SKTextAlign.Left, legendFont, ink);
        }
    });

    private static void Disc(SKCanvas canvas, WhoChartNode node, SKPaint ring)
    {
        using var fill = PngCanvas.Fill(node.Colour);
        canvas.DrawCircle(node.X, node.Y, node.Radius, fill);
        canvas.DrawCircle(node.X, node.Y, node.Radius, ring);
    }
}
