using System.Diagnostics;
using Xunit;

namespace BriefBot.Host.Tests.Cli;

/// <summary>
/// The built host as a child process, so environment variables are its own: where it says it listens
/// ("Now listening on: …") shows which of ASPNETCORE_URLS, Urls and --urls won over the 5080 default.
/// </summary>
public sealed class ListenUrlsTests
{
    private static async Task<string> ListeningAddressAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var shelf = new BriefBot.TestKit.Knowledge.TestShelf();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = shelf.Root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefBot.Host.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("Urls");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                const string Marker = "Now listening on: ";
                var at = line.IndexOf(Marker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return line[(at + Marker.Length)..].Trim();
                }
            }

            return "exited: " + await process.StandardError.ReadToEndAsync(timeout.Token);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task ASPNETCORE_URLS_is_where_the_host_listens()
    {
        var address = await ListeningAddressAsync(new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" });

        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.NotEqual("http://127.0.0.1:5080", address);
    }

    [Fact]
    public async Task Urls_in_the_environment_is_where_the_host_listens()
    {
        var address = await ListeningAddressAsync(new Dictionary<string, string> { ["Urls"] = "http://127.0.0.1:0" });

        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.NotEqual("http://127.0.0.1:5080", address);
    }

    [Fact]
    public async Task The_urls_option_wins_over_ASPNETCORE_URLS()
    {
        var address = await ListeningAddressAsync(new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:1" }, "--urls", "http://127.0.0.1:0");

        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.NotEqual("http://127.0.0.1:1", address);
    }
}
