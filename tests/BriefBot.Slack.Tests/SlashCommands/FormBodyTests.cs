using System.Text;
using BriefBot.Slack.SlashCommands;
using Xunit;

namespace BriefBot.Slack.Tests.SlashCommands;

public sealed class FormBodyTests
{
    [Fact]
    public void Fields_are_percent_decoded_with_plus_as_space()
    {
        var fields = FormBody.Parse("command=%2Fwho&text=Erdo%C4%9Fan+%3C%21everyone%3E&empty="u8);

        Assert.Equal("/who", fields!["command"]);
        Assert.Equal("Erdoğan <!everyone>", fields["text"]);
        Assert.Equal("", fields["empty"]);
    }

    [Theory]
    [InlineData("text=a&text=b")]
    [InlineData("=value")]
    [InlineData("text=%FF%FE")]
    public void Repeated_nameless_or_non_utf8_fields_make_the_form_unreadable(string body)
    {
        Assert.Null(FormBody.Parse(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Invalid_utf8_bytes_make_the_form_unreadable()
    {
        Assert.Null(FormBody.Parse([(byte)'a', (byte)'=', 0xC3, 0x28]));
    }

    [Fact]
    public void Too_many_fields_make_the_form_unreadable()
    {
        var body = string.Join('&', Enumerable.Range(0, 65).Select(i => $"f{i}=x"));

        Assert.Null(FormBody.Parse(Encoding.UTF8.GetBytes(body)));
    }
}
