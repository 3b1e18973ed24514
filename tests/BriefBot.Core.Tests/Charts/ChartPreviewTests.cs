using BriefBot.Core.Charts;
using Xunit;

namespace BriefBot.Core.Tests.Charts;

/// <summary>What a preview does to a chart's text: it shrinks with the picture, and is never enlarged.</summary>
public sealed class ChartPreviewTests
{
    [Theory]
    [InlineData(20, 600, 360, 12)]
    [InlineData(20, 1000, 550, 11)]
    [InlineData(20, 300, 550, 20)]
    public void Text_shrinks_with_the_picture_to_the_preview_width(float size, int imageWidth, int previewWidth, float expected)
    {
        Assert.Equal(expected, ChartPreview.Scaled(size, imageWidth, previewWidth), 0.001f);
    }

    [Fact]
    public void The_smallest_chart_text_still_reads_in_every_preview()
    {
        Assert.All(ChartPreview.PreviewWidths, w =>
            Assert.True(ChartPreview.Scaled(ChartPreview.SmallestText, ChartPreview.ChartWidth, w) >= ChartPreview.MinimumReadablePixels, $"at {w} px"));
    }
}
