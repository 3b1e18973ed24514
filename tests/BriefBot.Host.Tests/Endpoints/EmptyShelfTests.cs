using BriefBot.Core.Knowledge.Store;
using BriefBot.Host.Cli;
using BriefBot.TestKit.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace BriefBot.Host.Tests.Endpoints;

public sealed class EmptyShelfTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> ReadyBodyAsync(TestShelf shelf)
    {
        await using var app = TestHost.Build(shelf.HostArguments);
        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var store = app.Services.GetRequiredService<KnowledgeStore>();
        store.Rebuilt += (_, _) => rebuilt.TrySetResult();
        await app.StartAsync();
        if (!store.IsLoaded)
        {
            await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        }

        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        return await http.GetStringAsync(new Uri("/readyz", UriKind.Relative), Ct);
    }

    [Fact]
    public async Task Readyz_says_how_many_articles_are_on_the_shelf_and_where()
    {
        using var shelf = new TestShelf().WithArticle("a", "A", "2031-01-01", "Quentin Hale met Ana Berg in Port Marl on January 1, 2031.");

        var body = await ReadyBodyAsync(shelf);

        Assert.Contains($"1 article on the shelf at {shelf.KnowledgeDirectory}\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_says_zero_articles_on_an_empty_shelf()
    {
        using var shelf = new TestShelf();

        var body = await ReadyBodyAsync(shelf);

        Assert.Contains($"0 articles on the shelf at {shelf.KnowledgeDirectory}\n", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/who Quentin Hale")]
    [InlineData("/timeline 2031")]
    public async Task Ask_on_an_empty_shelf_says_the_shelf_is_empty_and_where_it_is(string command)
    {
        using var shelf = new TestShelf();
        using var output = new StringWriter();

        var code = await AskVerb.RunAsync([command, "--knowledge", shelf.KnowledgeDirectory, "--db", shelf.DatabasePath, "--state", shelf.StatePath, "--outbox", shelf.OutboxDirectory], output, Ct);

        Assert.Equal(0, code);
        Assert.Contains($"The shelf at {shelf.KnowledgeDirectory} is empty", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_on_a_missing_shelf_warns_with_the_full_path_it_looked_in()
    {
        using var shelf = new TestShelf();
        var missing = Path.Combine(shelf.Root, "nowhere");
        using var output = new StringWriter();

        var code = await BuildVerb.RunAsync(["--knowledge", missing, "--db", shelf.DatabasePath], output, Ct);

        Assert.Equal(0, code);
        Assert.Contains($"the shelf is empty: no articles in {Path.Combine(missing, "articles")}", output.ToString(), StringComparison.Ordinal);
    }
}
