using BriefBot.Slack.Rendering;
using Xunit;

namespace BriefBot.Slack.Tests.Rendering;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<!everyone>", "&lt;!everyone&gt;")]
    [InlineData("<!channel> <!here>", "&lt;!channel&gt; &lt;!here&gt;")]
    [InlineData("<@U0123ABC>", "&lt;@U0123ABC&gt;")]
    [InlineData("<#C0123ABC>", "&lt;#C0123ABC&gt;")]
    [InlineData("<!subteam^S0123>", "&lt;!subteam^S0123&gt;")]
    [InlineData("<https://evil.example|click me>", "&lt;https://evil.example|click me&gt;")]
    [InlineData("<!date^1392734382^{date}|x>", "&lt;!date^1392734382^{date}|x&gt;")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Tom & Jerry &amp;", "Tom &amp; Jerry &amp;amp;")]
    [InlineData("@here now", "@\u200Bhere now")]
    [InlineData("@channel, @Everyone!", "@\u200Bchannel, @\u200BEveryone!")]
    [InlineData("mail me@here.example or @hereford", "mail me@\u200Bhere.example or @hereford")]
    [InlineData("*bold* _it_ \"quoted\" 'single'", "*bold* _it_ \"quoted\" 'single'")]
    [InlineData("tab\there\r\n", "tab here\n")]
    [InlineData("Erdoğan – 2026", "Erdoğan – 2026")]
    public void Only_ampersand_and_angle_brackets_become_entities_so_no_mention_can_form(string input, string expected)
    {
        Assert.Equal(expected, SlackText.Escape(input));
    }

    [Fact]
    public void Ten_kilobytes_of_hostile_text_escape_without_a_control_sequence_surviving()
    {
        var hostile = string.Concat(Enumerable.Repeat("<!everyone> <@U1> @here <https://x|y> ", 300));

        var escaped = SlackText.Escape(hostile);

        Assert.True(hostile.Length > 10_000);
        Assert.DoesNotContain("<", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain(">", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", escaped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four five", 12, "one two…")]
    [InlineData("abcdefghijklmnop", 8, "abcdefg…")]
    [InlineData("abcdef&amp;ghij", 9, "abcdef…")]
    [InlineData("abcdefg😀xyz", 9, "abcdefg…")]
    public void Truncation_cuts_at_a_space_and_never_inside_an_entity_or_a_surrogate_pair(string input, int max, string expected)
    {
        var cut = SlackText.Truncate(input, max);

        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }

    [Fact]
    public void Plain_text_is_flattened_to_one_line_escaped_and_cut()
    {
        var plain = SlackText.Plain("line one\n<!here> " + new string('x', 200), 150);

        Assert.Equal(150, plain.Length);
        Assert.DoesNotContain("\n", plain, StringComparison.Ordinal);
        Assert.StartsWith("line one &lt;!here&gt; x", plain, StringComparison.Ordinal);
    }
}
