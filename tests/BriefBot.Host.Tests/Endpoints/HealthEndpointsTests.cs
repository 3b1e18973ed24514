using System.Net;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Transports;
using BriefBot.TestKit.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace BriefBot.Host.Tests.Endpoints;

public sealed class HealthEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TestHost Start(TestShelf shelf) => TestHost.Build(shelf.HostArguments);

    private static Task WhenRebuiltAsync(KnowledgeStore store)
    {
        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Rebuilt += (_, _) => rebuilt.TrySetResult();
        return rebuilt.Task;
    }

    [Fact]
    public async Task The_host_is_alive_and_ready_once_the_knowledge_base_is_loaded()
    {
        using var shelf = new TestShelf().WithArticle("a", "A", "2031-01-01", "Quentin Hale met Ana Berg in Port Marl on January 1, 2031.");
        await using var app = Start(shelf);
        var built = WhenRebuiltAsync(app.Services.GetRequiredService<KnowledgeStore>());
        await app.StartAsync();
        await built.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };

        var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);
        var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("127.0.0.1", http.BaseAddress!.Host);
    }

    [Fact]
    public async Task A_transport_that_is_down_makes_the_host_not_ready_and_says_which()
    {
        using var shelf = new TestShelf().WithArticle("a", "A", "2031-01-01", "Quentin Hale met Ana Berg in Port Marl on January 1, 2031.");
        await using var app = Start(shelf);
        var built = WhenRebuiltAsync(app.Services.GetRequiredService<KnowledgeStore>());
        await app.StartAsync();
        await built.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var transports = app.Services.GetRequiredService<TransportHealth>();

        transports.Report("discord-gateway shard 0/1", connected: false, "reconnecting in 4 s after close 1006");
        var down = await http.GetAsync(new Uri("/readyz", UriKind.Relative), Ct);
        var downBody = await down.Content.ReadAsStringAsync(Ct);
        var aliveWhileDown = await http.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);
        transports.Report("discord-gateway shard 0/1", connected: true, "session resumed");
        var up = await http.GetAsync(new Uri("/readyz", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("discord-gateway shard 0/1: down (reconnecting in 4 s after close 1006)", downBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Equal(HttpStatusCode.OK, aliveWhileDown.StatusCode);
    }

    [Fact]
    public async Task An_article_added_while_running_is_picked_up_without_a_restart()
    {
        using var shelf = new TestShelf().WithArticle("a", "A", "2031-01-01", "Quentin Hale met Ana Berg in Port Marl on January 1, 2031.");
        await using var app = Start(shelf);
        var store = app.Services.GetRequiredService<KnowledgeStore>();
        var first = WhenRebuiltAsync(store);
        await app.StartAsync();
        await first.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        var second = WhenRebuiltAsync(store);
        shelf.WithArticle("b", "B", "2031-02-01", "Prime Minister Ida Stroud resigned on February 1, 2031.");
        await second.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Single(store.Read(r => r.Index.ByKey("ida stroud")));
        Assert.Equal(2, store.Read(r => r.ArticleCount));
    }

    [Fact]
    public async Task Readyz_current_is_503_while_the_base_is_older_than_the_shelf_and_200_once_rebuilt()
    {
        using var shelf = new TestShelf().WithArticle("a", "A", "2031-01-01", "Quentin Hale met Ana Berg in Port Marl on January 1, 2031.");
        await using var app = TestHost.Build([.. shelf.HostArguments, "--Knowledge:WatchForChanges", "false"]);
        var store = app.Services.GetRequiredService<KnowledgeStore>();
        var built = WhenRebuiltAsync(store);
        await app.StartAsync();
        await built.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var json = new HttpRequestMessage(HttpMethod.Get, new Uri("/readyz", UriKind.Relative)) { Headers = { { "Accept", "application/json" } } };

        using var before = await http.GetAsync(new Uri("/readyz?current", UriKind.Relative), Ct);
        shelf.WithArticle("b", "B", "2031-02-01", "Prime Minister Ida Stroud resigned on February 1, 2031.");
        using var stale = await http.GetAsync(new Uri("/readyz?current", UriKind.Relative), Ct);
        using var staleButServing = await http.GetAsync(new Uri("/readyz", UriKind.Relative), Ct);
        using var staleJson = await http.SendAsync(json, Ct);
        var report = System.Text.Json.Nodes.JsonNode.Parse(await staleJson.Content.ReadAsStringAsync(Ct))!["knowledgeBase"]!;
        await store.BuildAsync(Ct);
        using var after = await http.GetAsync(new Uri("/readyz?current", UriKind.Relative), Ct);
        var afterBody = await after.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staleButServing.StatusCode);
        Assert.False(report["current"]!.GetValue<bool>());
        Assert.NotEqual(report["version"]!.GetValue<string>(), report["shelfVersion"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains($"knowledge base version: {store.BaseVersion}, shelf version: {store.BaseVersion} (current)", afterBody, StringComparison.Ordinal);
    }
}
