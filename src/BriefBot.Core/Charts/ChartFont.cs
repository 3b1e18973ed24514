using SkiaSharp;

namespace BriefBot.Core.Charts;

/// <summary>
/// The one typeface charts are drawn with, shipped inside the assembly: a headless server may have no fonts at all,
/// and the system's default would make the same shelf draw differently on different machines.
/// </summary>
internal static class ChartFont
{
    private const string ResourceName = "BriefBot.Core.Charts.DejaVuSansCondensed.ttf";

    private static readonly Lazy<SKTypeface> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SKTypeface Typeface => Loaded.Value;

    public static SKFont Sized(float size, bool bold = false) => new(Typeface, size)
    {
        Edging = SKFontEdging.Antialias,
        Subpixel = false,
        Hinting = SKFontHinting.None,
        Embolden = bold,
    };

    private static SKTypeface Load()
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The chart font {ResourceName} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("The chart font could not be read.");
    }
}
