using BriefBot.Discord.Rendering;
using Xunit;

namespace BriefBot.Discord.Tests.Rendering;

public sealed class DiscordTextTests
{
    [Theory]
    [InlineData("@everyone", "@\u200Beveryone")]
    [InlineData("@here now", "@\u200Bhere now")]
    [InlineData("<@123456789012345678>", "\\<@\u200B123456789012345678\\>")]
    [InlineData("<@&42>", "\\<@\u200B&42\\>")]
    [InlineData("<#42>", "\\<\\#42\\>")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert\\(1\\)\\</script\\>")]
    [InlineData("**bold** _it_ ~~gone~~ ||spoiler||", "\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\|")]
    [InlineData("`code` ```block```", "\\`code\\` \\`\\`\\`block\\`\\`\\`")]
    [InlineData("[click](https://evil.example)", "\\[click\\]\\(https://evil.example\\)")]
    [InlineData("# Heading\n> quote\n- item", "\\# Heading\n\\> quote\n\\- item")]
    [InlineData("a - b", "a - b")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("<t:1700000000:R>", "\\<t:1700000000:R\\>")]
    [InlineData("tab\there\r\n", "tab here\n")]
    [InlineData("Erdoğan – 2026", "Erdoğan – 2026")]
    public void Markdown_and_mentions_from_outside_are_made_inert(string input, string expected)
    {
        Assert.Equal(expected, DiscordText.Escape(input));
    }

    [Fact]
    public void Ten_kilobytes_of_hostile_text_escape_without_a_mention_surviving()
    {
        var hostile = string.Concat(Enumerable.Repeat("@everyone <@1> **x** ", 500));

        var escaped = DiscordText.Escape(hostile);

        Assert.DoesNotContain("@everyone", escaped, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<@[!&]?\d", escaped);
        Assert.DoesNotContain("**", escaped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four five", 12, "one two…")]
    [InlineData("abcdefghijklmnop", 8, "abcdefg…")]
    [InlineData("abcdef\\*ghij", 8, "abcdef…")]
    [InlineData("abcdefg😀xyz", 9, "abcdefg…")]
    public void Truncation_cuts_at_a_space_and_never_inside_an_escape_or_a_surrogate_pair(string input, int max, string expected)
    {
        var cut = DiscordText.Truncate(input, max);

        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }

    [Fact]
    public void Plain_labels_are_flattened_to_one_line_and_cut_to_the_limit()
    {
        var label = DiscordText.Plain("line one\nline two " + new string('x', 200), 100);

        Assert.Equal(100, label.Length);
        Assert.StartsWith("line one line two", label, StringComparison.Ordinal);
        Assert.EndsWith("…", label, StringComparison.Ordinal);
    }
}
