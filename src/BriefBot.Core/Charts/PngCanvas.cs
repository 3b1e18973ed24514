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

    /// <summary>Text cut with an ellipsis to fit <paramref name="maxWidth"/> pixels in <paramref name="font"/>.</summary>
    public static string Fit(string text, SKFont font, float maxWidth)
    {
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && font.MeasureText(string.Concat(text.AsSpan(0, cut).TrimEnd(), "…")) > maxWidth)
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }
}
