using BriefBot.Core.Knowledge.Text;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => [.. SentenceSplitter.Split(text).Select(r => text[r.Start..r.End])];

    [Theory]
    [InlineData("Dr. Ann Lee spoke. She left.", new[] { "Dr. Ann Lee spoke.", "She left." })]
    [InlineData("J. R. Smith met Mr. Jones in the U.S. capital. Talks ended.", new[] { "J. R. Smith met Mr. Jones in the U.S. capital.", "Talks ended." })]
    [InlineData("It grew 3.5 percent. Prices fell.", new[] { "It grew 3.5 percent.", "Prices fell." })]
    [InlineData("They were split between empires.[i] Later they joined.", new[] { "They were split between empires.[i]", "Later they joined." })]
    [InlineData("\"We will not yield.\" The minister left.", new[] { "\"We will not yield.\"", "The minister left." })]
    [InlineData("Is it over? No! It is not.", new[] { "Is it over?", "No!", "It is not." })]
    [InlineData("The talks, held on Jan. 5 in Geneva, failed.", new[] { "The talks, held on Jan. 5 in Geneva, failed." })]
    public void Sentences_end_at_real_stops_only(string text, string[] expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void Text_without_a_stop_is_one_sentence() => Assert.Equal(["no stop here"], Split("no stop here"));

    [Fact]
    public void Empty_text_has_no_sentences() => Assert.Empty(Split("   "));
}
