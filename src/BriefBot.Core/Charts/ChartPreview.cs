namespace BriefBot.Core.Charts;

/// <summary>
/// How wide chat clients show a picture before it is opened, and the sizes charts are drawn at because of it. These
/// are assumptions, not measured per client: Discord's desktop client previews an attachment about 550 pixels wide;
/// Slack on a narrow window or a phone about 360. Charts are drawn once, at <see cref="ChartWidth"/>, with no text
/// smaller than <see cref="SmallestText"/>, so shrunk to the narrowest preview the text is still 11 pixels or more.
/// </summary>
public static class ChartPreview
{
    public const int DiscordDesktopWidth = 550;
    public const int SlackNarrowWidth = 360;

    /// <summary>The smallest text, in screen pixels, that still reads in a preview.</summary>
    public const float MinimumReadablePixels = 11;

    /// <summary>Every chart's width: a little over Discord's preview, so there it is hardly scaled at all.</summary>
    public const int ChartWidth = 600;

    /// <summary>The smallest font any chart text is drawn in: 19 × 360 / 600 = 11.4 pixels in Slack's narrow preview.</summary>
    public const float SmallestText = 19;

    public const float TitleText = 24;

    public static IReadOnlyList<int> PreviewWidths { get; } = [DiscordDesktopWidth, SlackNarrowWidth];

    /// <summary>How big <paramref name="fontSize"/> looks when an image <paramref name="imageWidth"/> wide is shown <paramref name="previewWidth"/> wide (never enlarged).</summary>
    public static float Scaled(float fontSize, int imageWidth, int previewWidth) =>
        imageWidth <= previewWidth ? fontSize : fontSize * previewWidth / imageWidth;
}
