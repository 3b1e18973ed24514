using BriefBot.Core.Knowledge.Store;
using BriefBot.TestKit.Knowledge;
using LiteDB;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Store;

public sealed class KnowledgeStoreFaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_log_left_by_a_build_killed_while_writing_is_not_replayed_into_the_next_build()
    {
        using var shelf = Shelves.Harbour();
        LeaveKilledBuildBehind(shelf.DatabasePath + ".building");

        var report = await shelf.BuildAsync(Ct);

        Assert.Equal(2, report.Articles);
        Assert.NotEmpty(shelf.Store.Read(r => r.Index.ByKey("chicolini ravelli")));
        Assert.False(File.Exists(LiteFiles.LogPathOf(shelf.DatabasePath + ".building")));
    }

    [Fact]
    public async Task A_stale_log_beside_the_base_is_not_replayed_into_a_fresh_one()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        shelf.Store.Dispose();
        LeaveKilledBuildBehind(shelf.DatabasePath + ".stale");
        File.Move(LiteFiles.LogPathOf(shelf.DatabasePath + ".stale"), LiteFiles.LogPathOf(shelf.DatabasePath));

        using var next = OpenStore(shelf);
        shelf.WithArticle("harbour-three", "Talks resume", "2031-06-20", "Sylvania and Freedonia resumed talks on June 19, 2031.");
        var report = await next.BuildAsync(Ct);

        Assert.Equal(3, report.Articles);
        Assert.Equal(3, next.Read(r => r.ArticleCount));
    }

    [Fact]
    public async Task A_build_that_cannot_write_leaves_the_previous_base_serving()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        shelf.Store.Dispose();
        Directory.CreateDirectory(LiteFiles.LogPathOf(shelf.DatabasePath + ".building"));
        shelf.WithArticle("harbour-three", "Talks resume", "2031-06-20", "Sylvania and Freedonia resumed talks on June 19, 2031.");
        using var next = OpenStore(shelf);

        await Assert.ThrowsAnyAsync<UnauthorizedAccessException>(() => next.BuildAsync(Ct));

        Assert.True(next.IsLoaded);
        Assert.Equal(2, next.Read(r => r.ArticleCount));
        Assert.NotEmpty(next.Read(r => r.Index.ByKey("chicolini ravelli")));
    }

    [Fact]
    public async Task A_build_cancelled_while_it_writes_the_articles_it_read_leaves_the_previous_base_serving_and_the_next_build_whole()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        shelf.Store.Dispose();
        shelf.WithArticle("harbour-three", "Talks resume", "2031-06-20", "Sylvania and Freedonia resumed talks on June 19, 2031.");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using var next = OpenStore(shelf, new CancellingClock(cancel));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.BuildAsync(cancel.Token));
        var serving = next.Read(r => r.ArticleCount);
        var report = await next.BuildAsync(Ct);

        Assert.Equal(2, serving);
        Assert.Equal(3, report.Articles);
        Assert.Equal(3, next.Read(r => r.ArticleCount));
        Assert.NotNull(next.Read(r => r.GetArticle("harbour-three")));
    }

    /// <summary>A second store over the shelf's files, as a restarted process opens them.</summary>
    private static KnowledgeStore OpenStore(TestShelf shelf, TimeProvider? time = null) => new(
        Microsoft.Extensions.Options.Options.Create(new BriefBot.Core.Knowledge.KnowledgeOptions { Directory = shelf.KnowledgeDirectory, DatabasePath = shelf.DatabasePath, WatchForChanges = false }),
        time ?? TimeProvider.System);

    /// <summary>
    /// A clock that cancels the build reading it: the new base reads the time when the first article read is
    /// written to it, so the build is cancelled in the middle of the scan.
    /// </summary>
    private sealed class CancellingClock(CancellationTokenSource cancel) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow()
        {
            cancel.Cancel();
            return base.GetUtcNow();
        }
    }

    /// <summary>What <c>kill -9</c> during a build leaves: a log holding committed inserts not yet checkpointed into its file.</summary>
    private static void LeaveKilledBuildBehind(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var log = LiteFiles.LogPathOf(path);
        using (var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            db.GetCollection("articles").Insert(new BsonDocument { ["_id"] = "harbour-one", ["json"] = "{}" });
            db.GetCollection("actors").Insert(new BsonDocument { ["_id"] = "sylvania", ["json"] = "{}" });
            File.Copy(log, log + ".copy");
        }

        File.Delete(path);
        File.Move(log + ".copy", log, overwrite: true);
    }
}
