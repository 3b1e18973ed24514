using BriefBot.Core.Charts;
using Xunit;

namespace BriefBot.Core.Tests.Charts;

/// <summary>Chart text that is too long is broken and cut between words, never inside one that could stay whole.</summary>
public sealed class PngCanvasTests
{
    private const float Size = ChartPreview.SmallestText;

    [Fact]
    public void Text_that_fits_is_kept_as_it_is()
    {
        using var font = ChartFont.Sized(Size);

        Assert.Equal("a  short  line", PngCanvas.Fit("a  short  line", font, 400));
    }

    [Fact]
    public void Long_text_breaks_between_words_and_the_last_line_ends_after_a_whole_word()
    {
        using var font = ChartFont.Sized(Size);
        const string text = "Sylvania and Freedonia signed the harbour treaty in Port Marl after three weeks of talks";
        var width = font.MeasureText("Sylvania and Freedonia");

        var lines = PngCanvas.Wrap(text, font, width, 2);

        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.True(font.MeasureText(l) <= width, $"'{l}' is wider than {width}"));
        Assert.Equal("Sylvania and Freedonia", lines[0]);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        var words = text.Split(' ');
        Assert.All(lines[1].TrimEnd('…').Split(' '), w => Assert.Contains(w, words));
        Assert.StartsWith(lines[1].TrimEnd('…'), text[(lines[0].Length + 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_drops_a_dangling_separator_and_only_a_word_wider_than_the_line_is_cut_inside()
    {
        using var font = ChartFont.Sized(Size);

        var dated = PngCanvas.Fit("5 March 2031 · Sylvania", font, font.MeasureText("5 March 2031 · Sylv"));
        var word = PngCanvas.Fit("Supercalifragilistic", font, font.MeasureText("Supercali"));

        Assert.Equal("5 March 2031…", dated);
        Assert.EndsWith("…", word, StringComparison.Ordinal);
        Assert.StartsWith(word.TrimEnd('…'), "Supercalifragilistic", StringComparison.Ordinal);
        Assert.True(font.MeasureText(word) <= font.MeasureText("Supercali"));
    }
}
