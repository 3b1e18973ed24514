using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Store;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Store;

public sealed class KnowledgeStoreRecoveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Damage => ["zero bytes", "truncated", "garbage"];

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task An_unreadable_knowledge_base_is_moved_aside_and_rebuilt(string damage)
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        shelf.Store.Dispose();
        var good = await File.ReadAllBytesAsync(shelf.DatabasePath, Ct);
        byte[] bad = damage switch
        {
            "zero bytes" => [],
            "truncated" => good[..8192],
            _ => [.. Enumerable.Range(0, 65536).Select(i => (byte)(i * 7919 % 251))],
        };
        await File.WriteAllBytesAsync(shelf.DatabasePath, bad, Ct);
        var time = new FakeTimeProvider(new DateTimeOffset(2031, 7, 1, 8, 30, 0, TimeSpan.Zero));
        using var store = new KnowledgeStore(Options.Create(new KnowledgeOptions { Directory = shelf.KnowledgeDirectory, DatabasePath = shelf.DatabasePath, WatchForChanges = false }), time);

        var report = await store.BuildAsync(Ct);

        Assert.Equal(2, report.Articles);
        Assert.True(report.Events > 0);
        var aside = shelf.DatabasePath + ".corrupt-20310701T083000Z";
        Assert.Equal(aside, store.MovedAsideTo);
        Assert.Equal(bad, await File.ReadAllBytesAsync(aside, Ct));
    }

    [Fact]
    public async Task A_readable_knowledge_base_is_left_where_it_is()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        shelf.Store.Dispose();
        using var store = new KnowledgeStore(Options.Create(new KnowledgeOptions { Directory = shelf.KnowledgeDirectory, DatabasePath = shelf.DatabasePath, WatchForChanges = false }), TimeProvider.System);

        var report = await store.BuildAsync(Ct);

        Assert.True(report.WasUpToDate);
        Assert.Null(store.MovedAsideTo);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(shelf.DatabasePath)!, "*.corrupt-*"));
    }
}
