using BriefBot.Core.Knowledge.Text;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("İlham", "ilham")]
    [InlineData("Göyüşov", "goyusov")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Aliyev's", "aliyev")]
    [InlineData("Aliyev’s", "aliyev")]
    [InlineData("Ərdəbil", "ardabil")]
    public void Spellings_fold_to_one_key(string text, string folded) => Assert.Equal(folded, TextFolding.Fold(text));

    [Theory]
    [InlineData("O`Brien", "O’Brien")]
    [InlineData("  REUTERS ", "  Reutérs ")]
    [InlineData("Aliyev's", "Aliyév's")]
    public void Ascii_folds_as_text_with_marks_does(string ascii, string marked) => Assert.Equal(TextFolding.Fold(marked), TextFolding.Fold(ascii));

    [Theory]
    [InlineData("İlham Aliyev", "ilham-aliyev")]
    [InlineData("AIR Center", "air-center")]
    [InlineData("  Türkiye!  ", "turkiye")]
    public void Slugs_are_ascii_and_dashed(string text, string slug) => Assert.Equal(slug, TextFolding.Slug(text));
}
