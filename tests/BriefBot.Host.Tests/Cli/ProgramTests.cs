using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Host.Tests.Cli;

public sealed class ProgramTests
{
    [Fact]
    public async Task An_unwritable_database_path_is_a_one_line_error_with_exit_code_one()
    {
        using var shelf = new TestShelf().WithArticle("a", "A", "2031-01-01", "Quentin Hale met Ana Berg on January 1, 2031.");

        var code = await Program.Main(["ask", "/who Quentin Hale", "--knowledge", shelf.KnowledgeDirectory, "--db", "/proc/briefbot-cannot-write-here/k.db", "--state", shelf.StatePath]);

        Assert.Equal(1, code);
    }

    [Fact]
    public async Task Invalid_settings_stop_serve_before_it_starts()
    {
        var code = await Program.Main(["--urls", "http://127.0.0.1:0", "--Discord:PublicKey", "not-hex"]);

        Assert.Equal(1, code);
    }

    [Fact]
    public async Task An_unknown_verb_is_a_usage_error()
    {
        Assert.Equal(2, await Program.Main(["frobnicate"]));
    }
}
