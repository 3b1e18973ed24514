using System.Text.Json;
using BriefBot.Host.Cli;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Host.Tests.Cli;

public sealed class AskVerbTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TestShelf Shelf() => new TestShelf()
        .WithGazetteer("- name: Sylvania\n  kind: state\n  demonyms: [Sylvanian]\n")
        .WithArticle("a", "Harbour news", "2031-06-10", "On June 2, 2031, Sylvanian gunboats shelled Port Marl. Admiral Quentin Hale resigned on June 4, 2031.");

    private static async Task<(int Code, string Output)> AskAsync(TestShelf shelf, params string[] args)
    {
        using var output = new StringWriter();
        var code = await AskVerb.RunAsync([.. args, "--knowledge", shelf.KnowledgeDirectory, "--db", shelf.DatabasePath, "--state", shelf.StatePath, "--outbox", shelf.OutboxDirectory], output, Ct);
        return (code, output.ToString());
    }

    [Fact]
    public async Task Ask_builds_the_base_and_prints_the_answer_as_a_user_reads_it()
    {
        using var shelf = Shelf();

        var (code, output) = await AskAsync(shelf, "/who Quentin Hale");

        Assert.Equal(0, code);
        Assert.StartsWith("Quentin Hale\n", output, StringComparison.Ordinal);
        Assert.Contains("Harbour news, ¶1", output, StringComparison.Ordinal);
        Assert.True(File.Exists(shelf.DatabasePath));
    }

    [Fact]
    public async Task Ask_prints_the_reply_model_as_json()
    {
        using var shelf = Shelf();

        var (code, output) = await AskAsync(shelf, "/timeline 2031-06", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("answer", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("2031-06-02", json.RootElement.GetProperty("sections")[0].GetProperty("lines")[0].GetProperty("spans")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Not_found_is_still_an_answer_with_exit_code_zero()
    {
        using var shelf = Shelf();

        var (code, output) = await AskAsync(shelf, "/who Nobody Whatsoever");

        Assert.Equal(0, code);
        Assert.Contains("Not on the shelf", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_preview_and_send_reach_the_default_outbox_subscription()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var shelf = Shelf().WithArticle("fresh", "Fresh news", today, "Admiral Quentin Hale inspected the Sylvanian fleet yesterday.");

        var (previewCode, preview) = await AskAsync(shelf, "/digest preview");
        var (sendCode, sent) = await AskAsync(shelf, "/digest send");

        Assert.Equal((0, 0), (previewCode, sendCode));
        Assert.Contains("New on the shelf", preview, StringComparison.Ordinal);
        Assert.Contains("Fresh news", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour news", preview, StringComparison.Ordinal);
        Assert.StartsWith("Digest sent", sent, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(shelf.OutboxDirectory, "*.md", SearchOption.AllDirectories));
        Assert.Contains("Fresh news", await File.ReadAllTextAsync(file, Ct), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(shelf.OutboxDirectory, "*.json", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/who X|--format|xml")]
    [InlineData("/who X|--bogus")]
    [InlineData("/who X|/who Y")]
    public async Task Usage_errors_exit_with_code_two(string joinedArgs)
    {
        using var output = new StringWriter();

        var code = await AskVerb.RunAsync(joinedArgs.Split('|', StringSplitOptions.RemoveEmptyEntries), output, Ct);

        Assert.Equal(2, code);
    }
}
