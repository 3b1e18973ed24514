using BenchmarkDotNet.Attributes;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace BriefBot.Benchmarks;

/// <summary>
/// A full build of the 1,500-story Reuters corpus (copied into a shelf with the seed gazetteer), and an
/// incremental rebuild where nothing changed. Skipped when the corpus is not beside the repository.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BuildBenchmarks
{
    private string _shelf = null!;

    [GlobalSetup]
    public void Setup()
    {
        _shelf = Path.Combine(Path.GetTempPath(), "briefbot-bench-shelf-" + Guid.NewGuid().ToString("N"));
        var articles = Directory.CreateDirectory(Path.Combine(_shelf, "articles")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Knowledge, "actors.yaml"), Path.Combine(_shelf, "actors.yaml"));
        if (Directory.Exists(RepositoryPaths.ReutersCorpus))
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.ReutersCorpus, "reuters-*.md"))
            {
                File.Copy(file, Path.Combine(articles, Path.GetFileName(file)));
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_shelf, recursive: true);

    [Benchmark]
    public int FullBuild()
    {
        var db = Path.Combine(_shelf, "full-" + Guid.NewGuid().ToString("N") + ".db");
        using var store = new KnowledgeStore(Options.Create(new KnowledgeOptions { Directory = _shelf, DatabasePath = db }), TimeProvider.System);
        var report = store.BuildAsync(CancellationToken.None).GetAwaiter().GetResult();
        store.Dispose();
        File.Delete(db);
        return report.Events;
    }

    [Benchmark]
    public int UnchangedRebuild()
    {
        var db = Path.Combine(_shelf, "warm.db");
        using var store = new KnowledgeStore(Options.Create(new KnowledgeOptions { Directory = _shelf, DatabasePath = db }), TimeProvider.System);
        store.BuildAsync(CancellationToken.None).GetAwaiter().GetResult();
        return store.BuildAsync(CancellationToken.None).GetAwaiter().GetResult().ArticlesRead;
    }
}
