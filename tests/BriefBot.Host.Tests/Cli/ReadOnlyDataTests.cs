using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Host.Tests.Cli;

/// <summary>
/// A data folder BriefBot may read but not write (chmod 0555): <c>ask "/who …"</c> answers from the base it can
/// read, <c>build</c> and <c>serve</c> say why not in one line, and nothing prints a stack trace.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyDataTests
{
    private const string RootSkip = "Running as root, which ignores file permissions: a chmod 0555 data folder stays writable, so a read-only data folder cannot be made here. Run the tests as an ordinary user to cover it.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ask_answers_who_from_the_base_it_can_read_and_build_and_serve_say_why_not_in_one_line()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "File modes are Unix permissions.");
        Assert.SkipWhen(Environment.IsPrivilegedProcess, RootSkip);
        using var shelf = new TestShelf().WithArticle("a", "Talks", "2031-01-05", "Quentin Hale met Ana Berg in Fredville on January 4, 2031.");
        string[] paths = ["--knowledge", shelf.KnowledgeDirectory, "--db", shelf.DatabasePath];
        Assert.Equal(0, await Program.RunAsync(["build", .. paths], TextWriter.Null, TextWriter.Null));

        // A changed article makes the base stale, so ask and build both try to write and cannot.
        shelf.WithArticle("b", "More talks", "2031-01-07", "Quentin Hale met Ana Berg again on January 6, 2031.");
        var data = Path.GetDirectoryName(shelf.DatabasePath)!;
        File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            using var answer = new StringWriter();
            using var askError = new StringWriter();
            var asked = await Program.RunAsync(["ask", "/who Quentin Hale", .. paths, "--state", shelf.StatePath, "--outbox", shelf.OutboxDirectory], answer, askError);

            using var buildError = new StringWriter();
            var built = await Program.RunAsync(["build", .. paths], TextWriter.Null, buildError);

            using var serveError = new StringWriter();
            var served = await Program.RunAsync(["--urls", "http://127.0.0.1:0", .. shelf.HostArguments], TextWriter.Null, serveError).WaitAsync(TimeSpan.FromSeconds(60), Ct);

            Assert.Equal(0, asked);
            Assert.StartsWith("Quentin Hale", answer.ToString(), StringComparison.Ordinal);
            Assert.Equal(1, built);
            Assert.StartsWith("BriefBot could not build: ", Assert.Single(Lines(buildError)), StringComparison.Ordinal);
            Assert.Equal(1, served);
            Assert.StartsWith("BriefBot could not serve: ", Assert.Single(Lines(serveError)), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", askError + buildError.ToString() + serveError, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static string[] Lines(StringWriter writer) => writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
