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

    [Theory]
    [InlineData("Digests:Subscriptions:0:Schedule", "--Digests:Subscriptions:0:Schedule", "monday 25:00 UTC")]
    [InlineData("Knowledge:WatchForChanges (environment variable Knowledge__WatchForChanges) must be a Boolean", "--Knowledge:WatchForChanges", "maybe")]
    [InlineData("Urls (--urls, Urls or ASPNETCORE_URLS) has 'notaurl'", "--urls", "notaurl")]
    [InlineData("set Discord__BotToken", "--Digests:Subscriptions:0:Platform", "discord")]
    [InlineData("use outbox, discord or slack", "--Digests:Subscriptions:0:Platform", "teams")]
    [InlineData("State__ConnectionString", "--State:Provider", "postgres")]
    [InlineData("use litedb (the default, one file) or postgres", "--State:Provider", "mysql")]
    [InlineData("Slack:BotToken", "--Slack:SigningSecret", "0123456789abcdef0123456789abcdef", "--Slack:BotToken", "xoxb has spaces")]
    [InlineData("Discord:ApiBaseUrl", "--Discord:BotToken", "token", "--Discord:PublicKey", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "--Discord:ApplicationId", "111111111111111111", "--Discord:ApiBaseUrl", "ftp://discord.example")]
    public async Task A_bad_setting_stops_serve_with_one_line_naming_it(string named, params string[] settings)
    {
        using var shelf = new TestShelf();
        using var error = new StringWriter();

        // A setting that is wrongly accepted would start the server for good: the wait turns that into a failure.
        var code = await Program.RunAsync(["--urls", "http://127.0.0.1:0", .. shelf.HostArguments, .. settings], TextWriter.Null, error)
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, code);
        var line = Assert.Single(lines);
        Assert.StartsWith("BriefBot cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_state_database_stops_serve_with_one_line()
    {
        using var shelf = new TestShelf();
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var error = new StringWriter();

        var code = await Program.RunAsync(["--urls", "http://127.0.0.1:0", .. shelf.HostArguments, "--State:Provider", "postgres", "--State:ConnectionString", $"Host=127.0.0.1;Port={port};Username=briefbot;Timeout=5"], TextWriter.Null, error)
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(1, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("BriefBot could not serve: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_verb_is_a_usage_error()
    {
        Assert.Equal(2, await Program.Main(["frobnicate"]));
    }

    [Fact]
    public async Task A_port_in_use_stops_serve_with_one_line_naming_the_address()
    {
        using var shelf = new TestShelf();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)taken.LocalEndpoint).Port}";
        using var error = new StringWriter();

        var code = await Program.RunAsync(["--urls", url, .. shelf.HostArguments], TextWriter.Null, error)
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(1, code);
        Assert.Equal($"BriefBot could not serve: {url} is already in use: stop whatever listens there, or choose another address with --urls or ASPNETCORE_URLS.", error.ToString().Trim());
    }
}
