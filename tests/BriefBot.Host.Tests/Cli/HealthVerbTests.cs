using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Transports;
using BriefBot.TestKit.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace BriefBot.Host.Tests.Cli;

public sealed class HealthVerbTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_exits_zero_when_ready_and_one_with_the_reason_when_a_transport_is_down()
    {
        using var shelf = new TestShelf().WithArticle("a", "A", "2031-01-01", "Quentin Hale met Ana Berg in Port Marl on January 1, 2031.");
        await using var app = await TestHost.StartAsync(shelf.HostArguments);
        await app.Services.GetRequiredService<KnowledgeStore>().BuildAsync(Ct);
        var url = app.BaseAddress.AbsoluteUri;
        using var ready = new StringWriter();
        using var down = new StringWriter();

        var readyCode = await Program.RunAsync(["health", "--url", url], ready, TextWriter.Null);
        app.Services.GetRequiredService<TransportHealth>().Report("slack socket mode", connected: false, "reconnecting");
        var downCode = await Program.RunAsync(["health", "--url", url], down, TextWriter.Null);

        Assert.Equal((0, 1), (readyCode, downCode));
        Assert.StartsWith("ready", ready.ToString(), StringComparison.Ordinal);
        Assert.Contains("slack socket mode: down (reconnecting)", down.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_exits_one_when_nothing_listens()
    {
        using var output = new StringWriter();

        // Port 9 (discard) on loopback: nothing of ours listens there.
        var code = await Program.RunAsync(["health", "--url", "http://127.0.0.1:9"], output, TextWriter.Null);

        Assert.Equal(1, code);
        Assert.StartsWith("not reachable at http://127.0.0.1:9/", output.ToString(), StringComparison.Ordinal);
    }
}
