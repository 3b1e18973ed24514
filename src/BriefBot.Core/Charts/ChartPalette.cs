namespace BriefBot.Core.Charts;

/// <summary>
/// The Okabe–Ito colours, told apart by colour-blind readers too; one per main actor, in order, then grey for the rest.
/// </summary>
public static class ChartPalette
{
    public static IReadOnlyList<ChartColour> Actors { get; } =
    [
        new(0x00, 0x72, 0xB2), // blue
        new(0xD5, 0x5E, 0x00), // vermillion
        new(0x00, 0x9E, 0x73), // bluish green
        new(0xCC, 0x79, 0xA7), // reddish purple
        new(0xE6, 0x9F, 0x00), // orange
        new(0x56, 0xB4, 0xE9), // sky blue
        new(0xB8, 0xA2, 0x00), // a darker yellow, readable on white
    ];

    /// <summary>Everyone past the named colours, and events with no actor.</summary>
    public static ChartColour Other { get; } = new(0x88, 0x88, 0x88);

    public static ChartColour Ink { get; } = new(0x22, 0x22, 0x22);

    public static ChartColour Muted { get; } = new(0x66, 0x66, 0x66);

    public static ChartColour Rule { get; } = new(0xDD, 0xDD, 0xDD);

    public static ChartColour Paper { get; } = new(0xFF, 0xFF, 0xFF);
}
