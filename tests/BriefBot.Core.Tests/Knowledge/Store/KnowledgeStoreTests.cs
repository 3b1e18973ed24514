using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Store;

public sealed class KnowledgeStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_build_of_an_unchanged_shelf_reads_nothing_again()
    {
        using var shelf = Shelves.Harbour();
        var first = await shelf.BuildAsync(Ct);

        var second = await shelf.BuildAsync(Ct);

        Assert.Equal(2, first.ArticlesRead);
        Assert.True(second.WasUpToDate);
        Assert.Equal(0, second.ArticlesRead);
        Assert.Equal(first.Events, second.Events);
    }

    [Fact]
    public async Task A_changed_article_is_the_only_one_read_again()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        shelf.WithArticle("harbour-two", "Shelling of Port Marl strains ties", "2031-06-12", "Sylvania shelled Port Marl on June 2, 2031. Quentin Hale, the Sylvanian admiral, resigned on June 9, 2031.");
        var report = await shelf.BuildAsync(Ct);

        Assert.Equal((1, 1), (report.ArticlesRead, report.ArticlesReused));
        Assert.NotNull(shelf.Store.Read(r => r.Index.ByKey("quentin hale").SingleOrDefault()));
    }

    [Fact]
    public async Task A_removed_article_leaves_the_base()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        shelf.WithoutArticle("harbour-two");
        var report = await shelf.BuildAsync(Ct);

        Assert.Equal(1, report.Articles);
        Assert.Empty(shelf.Store.Read(r => r.Index.ByKey("chicolini ravelli")));
    }

    [Fact]
    public async Task An_article_with_bad_front_matter_is_reported_and_the_rest_still_builds()
    {
        using var shelf = Shelves.Harbour().WithRawArticle("broken", "---\ntitle: Broken\npublished: 2031-99-01\n---\nText.\n");

        var report = await shelf.BuildAsync(Ct);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("broken.md", 3), (problem.File, problem.Line));
        Assert.Equal(2, report.Articles);
    }

    [Fact]
    public async Task A_deleted_database_file_is_rebuilt_with_the_same_answers()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        var before = shelf.Store.Read(r => r.EventCount);
        shelf.Store.Dispose();
        File.Delete(shelf.DatabasePath);

        using var reopened = new TestShelf();
        var store = new BriefBot.Core.Knowledge.Store.KnowledgeStore(
            Microsoft.Extensions.Options.Options.Create(new BriefBot.Core.Knowledge.KnowledgeOptions { Directory = shelf.KnowledgeDirectory, DatabasePath = shelf.DatabasePath }),
            TimeProvider.System);
        using (store)
        {
            var report = await store.BuildAsync(Ct);
            Assert.Equal(before, report.Events);
        }
    }

    [Fact]
    public void Reading_before_any_build_sees_an_empty_base()
    {
        using var shelf = Shelves.Harbour();

        Assert.Equal(0, shelf.Store.Read(r => r.EventCount));
        Assert.False(shelf.Store.IsLoaded);
    }
}
