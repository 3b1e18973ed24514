using System.Globalization;

namespace BriefBot.Core.Charts;

/// <summary>An opaque colour as layouts hand it to painters, so a layout can be tested without drawing anything.</summary>
public readonly record struct ChartColour(byte R, byte G, byte B)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");
}
