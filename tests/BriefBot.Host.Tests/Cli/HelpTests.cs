using BriefBot.Host.Cli;
using Xunit;

namespace BriefBot.Host.Tests.Cli;

public sealed class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_lists_every_verb_and_exits_zero_without_starting_the_server(string flag)
    {
        using var output = new StringWriter();

        // A server started by mistake would never return: the wait turns that into a failure.
        var code = await Program.RunAsync([flag], output, TextWriter.Null).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        foreach (var verb in Verbs.All)
        {
            Assert.Contains("  " + verb.Name + " ", output.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("serve", "--help")]
    [InlineData("build", "--help")]
    [InlineData("ask", "-h")]
    [InlineData("dates", "--help")]
    [InlineData("register", "--help")]
    [InlineData("health", "--help")]
    [InlineData("help", "ask")]
    public async Task Each_verb_has_its_own_help_and_exits_zero(string first, string second)
    {
        using var output = new StringWriter();
        var verb = first == "help" ? second : first;

        var code = await Program.RunAsync([first, second], output, TextWriter.Null).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        Assert.StartsWith("Usage: " + verb, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_help_after_serve_options_does_not_start_the_server()
    {
        using var output = new StringWriter();

        var code = await Program.RunAsync(["--urls", "http://127.0.0.1:0", "--help"], output, TextWriter.Null).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        Assert.StartsWith("Usage: serve", output.ToString(), StringComparison.Ordinal);
    }
}
