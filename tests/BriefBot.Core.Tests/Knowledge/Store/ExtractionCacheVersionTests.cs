using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Store;
using BriefBot.TestKit.Knowledge;
using Microsoft.Extensions.Options;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Store;

/// <summary>Cached extractions follow the extractor's inputs (rules and data), not the build of the code.</summary>
public sealed class ExtractionCacheVersionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_version_is_the_same_for_the_same_rules_and_data()
    {
        Assert.Equal(ExtractorVersion.Of(3, [[1, 2], [3]]), ExtractorVersion.Of(3, [[1, 2], [3]]));
        Assert.Equal(ExtractorVersion.Current, ExtractorVersion.Of(ExtractorVersion.Rules, DataOfThisBuild()));
    }

    [Fact]
    public void Changed_rules_or_changed_data_change_the_version()
    {
        var version = ExtractorVersion.Of(3, [[1, 2], [3]]);

        Assert.NotEqual(version, ExtractorVersion.Of(4, [[1, 2], [3]]));
        Assert.NotEqual(version, ExtractorVersion.Of(3, [[1, 2], [4]]));
        Assert.NotEqual(version, ExtractorVersion.Of(3, [[1], [2, 3]]));
    }

    [Fact]
    public async Task A_store_with_the_same_extractor_reuses_every_extraction()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        shelf.Store.Dispose();

        using var again = StoreOf(shelf, ExtractorVersion.Current);
        var report = await again.BuildAsync(Ct);

        Assert.True(report.WasUpToDate);
        Assert.Equal(0, report.ArticlesRead);
    }

    [Fact]
    public async Task A_store_with_another_extractor_reads_every_article_again()
    {
        using var shelf = Shelves.Harbour();
        var first = await shelf.BuildAsync(Ct);
        shelf.Store.Dispose();

        using var changed = StoreOf(shelf, ExtractorVersion.Of(ExtractorVersion.Rules + 1, DataOfThisBuild()));
        var report = await changed.BuildAsync(Ct);

        Assert.False(report.WasUpToDate);
        Assert.Equal(first.Articles, report.ArticlesRead);
        Assert.Equal(first.Events, report.Events);
    }

    [Fact]
    public async Task A_new_release_of_the_resolver_resolves_the_shelf_again_from_the_cached_extractions()
    {
        using var shelf = Shelves.Harbour();
        var first = await shelf.BuildAsync(Ct);
        shelf.Store.Dispose();

        using var released = StoreOf(shelf, ExtractorVersion.Current, resolver: "another build of the resolver");
        var report = await released.BuildAsync(Ct);

        Assert.False(report.WasUpToDate);
        Assert.Equal(0, report.ArticlesRead);
        Assert.Equal(first.Events, report.Events);

        using var same = StoreOf(shelf, ExtractorVersion.Current, resolver: "another build of the resolver");
        Assert.True((await same.BuildAsync(Ct)).WasUpToDate);
    }

    private static KnowledgeStore StoreOf(TestShelf shelf, string extractor, string? resolver = null) => new(
        Options.Create(new KnowledgeOptions { Directory = shelf.KnowledgeDirectory, DatabasePath = shelf.DatabasePath, WatchForChanges = false }),
        TimeProvider.System)
    {
        Extractor = extractor,
        Resolver = resolver ?? typeof(KnowledgeStore).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
    };

    private static IEnumerable<byte[]> DataOfThisBuild() => ExtractorVersion.DataResources.Select(name =>
    {
        using var stream = typeof(ExtractorVersion).Assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });
}
