using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Search;
using BriefBot.Core.Knowledge.Store;
using BriefBot.TestKit.Knowledge;
using Microsoft.Extensions.Options;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Store;

public sealed class SentenceIndexStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Found(KnowledgeStore store, string words) =>
        store.Read(r => r.Sentences.Search(new SentenceQuery { Words = words }, 5).Count);

    [Fact]
    public async Task The_sentence_index_is_written_beside_the_database_and_rebuilt_with_it()
    {
        using var shelf = new TestShelf().WithArticle("one", "One", "2026-01-01", "The lighthouse keeper counted gulls.");
        await shelf.BuildAsync(Ct);
        Assert.True(Directory.Exists(shelf.DatabasePath + ".sentences"));
        Assert.Equal(0, Found(shelf.Store, "ferry timetable"));

        shelf.WithArticle("two", "Two", "2026-01-02", "The ferry timetable changed in winter.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(1, Found(shelf.Store, "ferry timetable"));
        Assert.Equal(1, Found(shelf.Store, "lighthouse gulls"));
    }

    [Fact]
    public async Task A_base_whose_index_is_missing_writes_it_again_when_loaded()
    {
        using var shelf = new TestShelf().WithArticle("one", "One", "2026-01-01", "The lighthouse keeper counted gulls.");
        await shelf.BuildAsync(Ct);
        shelf.Store.Dispose();
        Directory.Delete(shelf.DatabasePath + ".sentences", recursive: true);
        using var reopened = new KnowledgeStore(Options.Create(new KnowledgeOptions { Directory = shelf.KnowledgeDirectory, DatabasePath = shelf.DatabasePath, WatchForChanges = false }), TimeProvider.System);

        Assert.True(reopened.Load());

        Assert.Equal(1, Found(reopened, "lighthouse gulls"));
        Assert.True(Directory.Exists(shelf.DatabasePath + ".sentences"));
    }
}
