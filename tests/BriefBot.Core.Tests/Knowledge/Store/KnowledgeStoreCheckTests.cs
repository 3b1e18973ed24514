using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Store;

public sealed class KnowledgeStoreCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_file_touched_without_a_change_is_not_read_again()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        var path = Path.Combine(shelf.KnowledgeDirectory, "articles", "harbour-two.md");

        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(-10));
        var report = await shelf.BuildAsync(Ct);

        Assert.True(report.WasUpToDate);
        Assert.Equal(0, report.ArticlesRead);
    }

    [Fact]
    public async Task A_file_rewritten_with_the_same_size_and_time_is_still_read_again_when_the_time_is_recent()
    {
        using var shelf = Shelves.Harbour();
        var path = Path.Combine(shelf.KnowledgeDirectory, "articles", "harbour-two.md");
        await shelf.BuildAsync(Ct);
        var time = File.GetLastWriteTimeUtc(path);
        var text = File.ReadAllText(path);

        File.WriteAllText(path, text.Replace("Port Marl", "Port Mar1", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
        var report = await shelf.BuildAsync(Ct);

        Assert.Equal(1, report.ArticlesRead);
        Assert.False(report.WasUpToDate);
    }

    [Fact]
    public async Task A_record_read_before_a_rebuild_is_not_served_from_the_old_base_after_it()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        var before = shelf.Store.Read(r => r.GetArticle("harbour-two"))!.Title;

        shelf.WithArticle("harbour-two", "Port Marl talks resume", "2031-06-12", "Sylvania and Freedonia resumed talks at Port Marl on June 10, 2031.");
        await shelf.BuildAsync(Ct);

        Assert.NotEqual("Port Marl talks resume", before);
        Assert.Equal("Port Marl talks resume", shelf.Store.Read(r => r.GetArticle("harbour-two"))!.Title);
    }

    [Fact]
    public async Task A_build_notes_what_changed_since_the_base_it_replaced()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        var first = shelf.Store.Read(r => r.Build())!;

        shelf.WithArticle("harbour-three", "Port Marl reopens", "2031-06-20", "Sylvania reopened Port Marl on June 19, 2031.").WithoutArticle("harbour-two");
        await shelf.BuildAsync(Ct);
        var second = shelf.Store.Read(r => r.Build())!;

        Assert.Null(first.Changes);
        Assert.Equal(first.Id, second.PreviousId);
        Assert.Equal(["harbour-three"], second.Changes!.ChangedArticles);
        Assert.Equal(["harbour-two"], second.Changes.RemovedArticles);
    }

    [Fact]
    public async Task A_store_opened_on_an_existing_base_answers_before_checking_the_shelf()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        var actors = shelf.Store.Read(r => r.Index.Entries.Count);
        var key = shelf.Store.Read(r => r.Index.Entries[0].Keys[0]);
        shelf.Store.Dispose();

        using var reopened = new BriefBot.Core.Knowledge.Store.KnowledgeStore(
            Microsoft.Extensions.Options.Options.Create(new BriefBot.Core.Knowledge.KnowledgeOptions { Directory = shelf.KnowledgeDirectory, DatabasePath = shelf.DatabasePath }),
            TimeProvider.System);

        Assert.True(reopened.Load());
        Assert.Equal(actors, reopened.Read(r => r.Index.Entries.Count));
        Assert.NotEmpty(reopened.Read(r => r.Index.ByKey(key)));
    }
}
