using BriefBot.Core.Digests;
using Xunit;

namespace BriefBot.Core.Tests.Digests;

public sealed class ParagraphDiffTests
{
    private static ParagraphDiff Diff(string before, string after) =>
        ParagraphDiff.Compare([.. before.Select(c => c.ToString())], [.. after.Select(c => c.ToString())]);

    [Theory]
    [InlineData("abc", "abc", "", "", 0)]
    [InlineData("abc", "xabc", "1", "", 0)]
    [InlineData("abc", "abcd", "4", "", 0)]
    [InlineData("abc", "aXc", "", "2", 0)]
    [InlineData("abc", "ac", "", "", 1)]
    [InlineData("abcd", "aXYd", "", "2,3", 0)]
    [InlineData("abcd", "aXYZd", "4", "2,3", 0)]
    [InlineData("abcde", "aXe", "", "2", 2)]
    [InlineData("", "ab", "1,2", "", 0)]
    [InlineData("ab", "", "", "", 2)]
    public void Paragraphs_are_aligned_by_content(string before, string after, string added, string edited, int removed)
    {
        var diff = Diff(before, after);

        Assert.Equal(added, string.Join(',', diff.Added));
        Assert.Equal(edited, string.Join(',', diff.Edited));
        Assert.Equal(removed, diff.Removed);
    }

    [Fact]
    public void A_paragraph_inserted_at_the_top_does_not_make_the_rest_look_edited()
    {
        var before = Enumerable.Range(0, 50).Select(i => "p" + i).ToList();
        var after = new List<string> { "new" };
        after.AddRange(before);

        var diff = ParagraphDiff.Compare(before, after);

        Assert.Equal([1], diff.Added);
        Assert.Empty(diff.Edited);
        Assert.Equal(0, diff.Removed);
    }

    [Fact]
    public void Hashes_ignore_rewrapping_but_not_words()
    {
        Assert.Equal(ShelfArticle.HashOf("Talks resumed\n  on Monday."), ShelfArticle.HashOf("Talks resumed on Monday."));
        Assert.NotEqual(ShelfArticle.HashOf("Talks resumed on Monday."), ShelfArticle.HashOf("Talks resumed on Tuesday."));
    }
}
