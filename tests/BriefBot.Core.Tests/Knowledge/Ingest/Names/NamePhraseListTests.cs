using BriefBot.Core.Knowledge.Ingest.Names;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest.Names;

public sealed class NamePhraseListTests
{
    [Fact]
    public void A_long_phrase_is_found_through_words_that_are_no_phrase_alone()
    {
        string[] words = ["in", "the", "united", "arab", "emirates", "today"];
        var categories = new PhraseCategory[words.Length];
        var positions = new char[words.Length];
        NamePhraseList.Default.Match(words, categories, positions);

        Assert.Equal(PhraseCategory.None, categories[1]);
        Assert.NotEqual(PhraseCategory.None, categories[2]);
        Assert.Equal(categories[2], categories[4]);
        Assert.Equal("BIL", new string(positions[2..5]));
        Assert.Equal(PhraseCategory.None, categories[5]);
    }
}
