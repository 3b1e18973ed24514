using SkiaSharp;

namespace BriefBot.Core.Charts;

/// <summary>Draws onto a white raster of a fixed size and returns it as PNG bytes: the same drawing gives the same bytes.</summary>
internal static class PngCanvas
{
    public static byte[] Draw(int width, int height, Action<SKCanvas> draw)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("SkiaSharp could not make a raster surface.");
        var canvas = surface.Canvas;
        canvas.Clear(Colour(ChartPalette.Paper));
        draw(canvas);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    public static SKColor Colour(ChartColour c, byte alpha = 0xFF) => new(c.R, c.G, c.B, alpha);

    public static SKPaint Fill(ChartColour c, byte alpha = 0xFF) => new() { Color = Colour(c, alpha), Style = SKPaintStyle.Fill, IsAntialias = true };

    public static SKPaint Stroke(ChartColour c, float width, byte alpha = 0xFF) => new() { Color = Colour(c, alpha), Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };

    /// <summary>Text on one line of <paramref name="maxWidth"/> pixels, cut after a whole word with an ellipsis when it is longer.</summary>
    public static string Fit(string text, SKFont font, float maxWidth) => Wrap(text, font, maxWidth, 1) is [var line, ..] ? line : "";

    /// <summary>
    /// Text broken at spaces into at most <paramref name="maxLines"/> lines of <paramref name="maxWidth"/> pixels; what does
    /// not fit is cut after a whole word with an ellipsis. Only a single word wider than a line is cut inside itself.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float maxWidth, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        if (maxLines >= 1 && font.MeasureText(text) <= maxWidth)
        {
            return [text];
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>(maxLines);
        var next = 0;
        while (next < words.Length && lines.Count < maxLines)
        {
            var line = words[next++];
            if (font.MeasureText(line) > maxWidth)
            {
                lines.Add(CutInside(line, font, maxWidth));
                return lines;
            }

            while (next < words.Length && font.MeasureText(line + " " + words[next]) <= maxWidth)
            {
                line += " " + words[next++];
            }

            lines.Add(line);
        }

        if (next < words.Length)
        {
            lines[^1] = WithEllipsis(lines[^1], font, maxWidth);
        }

        return lines;
    }

    /// <summary>Drops whole words from the end until the line and an ellipsis fit; a dangling separator goes too.</summary>
    private static string WithEllipsis(string line, SKFont font, float maxWidth)
    {
        var words = line.Split(' ').ToList();
        while (true)
        {
            var kept = string.Join(' ', words).TrimEnd(' ', ',', ';', ':', '·', '-', '–', '—') + "…";
            if (font.MeasureText(kept) <= maxWidth || words.Count == 1)
            {
                return font.MeasureText(kept) <= maxWidth ? kept : CutInside(words[0], font, maxWidth);
            }

            words.RemoveAt(words.Count - 1);
        }
    }

    private static string CutInside(string word, SKFont font, float maxWidth)
    {
        var cut = word.Length;
        while (cut > 1 && font.MeasureText(string.Concat(word.AsSpan(0, cut), "…")) > maxWidth)
        {
            cut--;
        }

        return string.Concat(word.AsSpan(0, cut), "…");
    }
}
