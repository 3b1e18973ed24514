using BenchmarkDotNet.Attributes;
using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Timeline;
using BriefBot.Core.Commands.Who;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefBot.Benchmarks;

/// <summary>/who and /timeline on the seed shelf, end to end through the dispatcher.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks : IDisposable
{
    private KnowledgeStore _store = null!;
    private CommandDispatcher _dispatcher = null!;
    private string _temp = null!;

    [GlobalSetup]
    public void Setup()
    {
        _temp = Path.Combine(Path.GetTempPath(), "briefbot-bench-" + Guid.NewGuid().ToString("N"));
        _store = new KnowledgeStore(Options.Create(new KnowledgeOptions { Directory = RepositoryPaths.Knowledge, DatabasePath = Path.Combine(_temp, "knowledge.db") }), TimeProvider.System);
        _store.BuildAsync(CancellationToken.None).GetAwaiter().GetResult();
        _dispatcher = new CommandDispatcher([new WhoCommand(_store), new TimelineCommand(_store)], NullLogger<CommandDispatcher>.Instance);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    public void Dispose()
    {
        _store?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Task<Reply> WhoExact() => _dispatcher.DispatchAsync(CommandRequest.FromText("/who Pezeshkian"), CancellationToken.None);

    [Benchmark]
    public Task<Reply> WhoTypo() => _dispatcher.DispatchAsync(CommandRequest.FromText("/who Pezeshkan"), CancellationToken.None);

    [Benchmark]
    public Task<Reply> TimelineMonth() => _dispatcher.DispatchAsync(CommandRequest.FromText("/timeline 2026-03"), CancellationToken.None);

    [Benchmark]
    public Task<Reply> TimelineCentury() => _dispatcher.DispatchAsync(CommandRequest.FromText("/timeline 21st century"), CancellationToken.None);
}
