using BriefBot.Core.Knowledge.Ingest.World;
using System.Diagnostics;
using BriefBot.Core.Knowledge.Build;
using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Search;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// The rebuildable knowledge base in its own LiteDB file. A build writes a new file beside the old one and swaps
/// it in under a write lock, so a reader sees the old base or the new one, never half of either. Only articles
/// whose content hash changed are read again.
/// </summary>
public sealed partial class KnowledgeStore : IDisposable
{
    /// <summary>Records kept read per base: a few thousand cards' worth, a few tens of MB at most.</summary>
    private const int CachedRecords = 8192;

    private readonly KnowledgeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeStore> _logger;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _buildGate = new(1, 1);
    private LiteDatabase? _db;
    private ActorIndex _index = ActorIndex.Empty;
    private DocumentCache _cache = new(CachedRecords);
    private int _disposed;
    private string? _baseVersion;

    public KnowledgeStore(IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<KnowledgeStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger ?? NullLogger<KnowledgeStore>.Instance;
    }

    public string DatabasePath => Path.GetFullPath(_options.DatabasePath);

    public string KnowledgeDirectory => Path.GetFullPath(_options.Directory);

    public bool IsLoaded => Volatile.Read(ref _db) is not null;

    /// <summary>
    /// The <see cref="ShelfVersion"/> the loaded base was last checked against (built from, or found up to date
    /// with); null until the first build has looked at the shelf.
    /// </summary>
    public string? BaseVersion => Volatile.Read(ref _baseVersion);

    /// <summary>The extractor's version cached extractions must match; tests set another to stand for changed rules or data.</summary>
    internal string Extractor { get; init; } = ExtractorVersion.Current;

    /// <summary>
    /// The code that resolves extractions into actors and events: this build of BriefBot.Core. A new release
    /// resolves the shelf again from the cached extractions (no article is read again unless <see cref="Extractor"/>
    /// changed too); tests set another to stand for changed resolution code.
    /// </summary>
    internal string Resolver { get; init; } = typeof(KnowledgeStore).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Raised after a build swapped in a new base.</summary>
    public event EventHandler? Rebuilt;

    /// <summary>A base became the one answering: read from disk at start, or swapped in by a build.</summary>
    public event EventHandler? Loaded;

    /// <summary>Runs <paramref name="query"/> against the current base; an empty base when none is loaded yet.</summary>
    public T Read<T>(Func<KnowledgeReader, T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _lock.EnterReadLock();
        try
        {
            if (_db is null)
            {
                using var empty = new LiteDatabase(new MemoryStream());
                return query(new KnowledgeReader(empty, ActorIndex.Empty, new DocumentCache(1)));
            }

            return query(new KnowledgeReader(_db, _index, _cache, _sentences));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Builds the base if the shelf changed since the file was written (or no file exists), then loads it.</summary>
    public async Task<BuildReport> BuildAsync(CancellationToken cancellationToken)
    {
        await _buildGate.WaitAsync(cancellationToken);
        try
        {
            return Build(cancellationToken);
        }
        finally
        {
            _buildGate.Release();
        }
    }

    private BuildReport Build(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        MoveAsideIfUnreadable();

        // Answer from the base already on disk while the shelf is checked: start-up does not wait for the check.
        if (!IsLoaded)
        {
            Load();
        }

        var problems = new List<ArticleProblem>();
        var shelf = Shelf.Read(_options.Directory, problems);
        var version = ShelfVersion.Of(_options.Directory, shelf.Articles);
        var gazetteer = Gazetteer.Parse(Shelf.GazetteerFile, shelf.GazetteerYaml, problems).WithWorld(WorldGazetteer.Default);

        // Cached extractions are only good for the same curated names and the same extractor (rules and data).
        var extractionKey = shelf.GazetteerHash + ":" + Extractor;

        // File times follow the real clock, whatever clock the store was given.
        var noted = TimeProvider.System.GetUtcNow().UtcDateTime.Ticks;
        var previous = ReadStamps(extractionKey);
        var phases = new List<KeyValuePair<string, TimeSpan>>();
        var phaseStart = stopwatch.Elapsed;
        void Phase(string name)
        {
            phases.Add(new(name, stopwatch.Elapsed - phaseStart));
            phaseStart = stopwatch.Elapsed;
        }

        // The new base takes each article's own records as soon as it is read, so the build keeps only what resolution
        // needs of it (SlimExtractions); the file is opened by the first of them, so an unchanged shelf writes nothing.
        using var write = NewBaseWrite.For(DatabasePath, _time, Extractor);
        var slim = new SlimExtractions();
        ArticleExtraction Keep(ArticleExtraction extraction)
        {
            write.Add(extraction);
            return slim.Keep(extraction);
        }

        KnowledgeBase? kb = null;
        var read = 0;
        var unchanged = false;
        try
        {
            var scan = ShelfScan.Run(shelf.Articles, previous, gazetteer, noted, Keep, cancellationToken);
            Phase("scan");
            problems.AddRange(scan.Problems.OfType<ArticleProblem>());
            read = scan.ReadCount;
            unchanged = read == 0 && scan.IsUnchanged(previous) && File.Exists(DatabasePath) && StoredResolver() == Resolver;
            if (!unchanged)
            {
                var (extractions, missing) = WithCached(scan, gazetteer, previous.Count > 0, Keep, cancellationToken);
                read += missing;
                Phase("cached extractions");
                CollectBetweenPhases();
                kb = KnowledgeBuilder.Build(extractions, gazetteer);
                Phase("resolve");
                CollectBetweenPhases();
                WriteAndSwap(write, kb, extractions, scan.Stamps, NextStamp(kb), extractionKey, version);
                Phase("write");
            }
        }
        catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException)
        {
            // A failed build leaves the previous base serving: load it if nothing is loaded yet.
            // The reason alone, no stack trace: a read-only data folder is a setting to fix, not a bug.
            Log.WriteFailed(_logger, DatabasePath, ex.Message);
            if (!IsLoaded)
            {
                Load();
            }

            throw;
        }

        if (unchanged)
        {
            if (!IsLoaded)
            {
                Load();
            }

            Volatile.Write(ref _baseVersion, version);
        }

        var articlesRead = read;
        var report = Read(r => new BuildReport
        {
            WasUpToDate = unchanged,
            Articles = r.ArticleCount,
            ArticlesRead = articlesRead,
            ArticlesReused = r.ArticleCount - articlesRead,
            Actors = r.Index.Entries.Count,
            DiscoveredActors = kb?.Actors.Count(a => a.IsDiscovered) ?? 0,
            Events = r.EventCount,
            EventsWithSeveralSources = kb?.Events.Count(e => e.ArticleCount > 1) ?? 0,
            AmbiguousNames = r.AmbiguousNames(),
            UnresolvedMentions = kb?.UnresolvedMentions ?? 0,
            Problems = problems,
            Elapsed = stopwatch.Elapsed,
            Phases = phases,
        });
        if (report.Articles == 0)
        {
            Log.EmptyShelf(_logger, Path.Combine(KnowledgeDirectory, Shelf.ArticlesFolder));
        }

        Log.Built(_logger, report.Articles, report.ArticlesRead, report.Actors, report.Events, report.Problems.Count, DatabasePath);
        foreach (var problem in problems)
        {
            Log.Problem(_logger, problem.ToString());
        }

        return report;
    }

    /// <summary>
    /// Each phase of a build leaves the last one's garbage behind (at 100k articles resolution leaves more than it
    /// keeps), and the server GC would collect it only while the next phase allocates on top of it; collected here,
    /// the next phase starts from what is live (docs/benchmarks.md, "Build memory"). One blocking collection a phase.
    /// </summary>
    private static void CollectBetweenPhases()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>Loads an existing base file without building; false when there is none or it is unreadable.</summary>
    public bool Load()
    {
        if (!File.Exists(DatabasePath))
        {
            return false;
        }

        try
        {
            var db = Open(DatabasePath, readOnly: true);
            var index = LoadIndex(db);
            Swap(db, index, LoadSentences(db));
            return true;
        }
        catch (LiteException ex)
        {
            Log.Unreadable(_logger, ex, DatabasePath);
            return false;
        }
    }

    private void WriteAndSwap(NewBaseWrite write, KnowledgeBase kb, IReadOnlyList<ArticleExtraction> extractions, IReadOnlyList<FileStamp> stamps, BuildStamp build, string gazetteerHash, string version)
    {
        var target = DatabasePath;
        var temporary = write.Path;
        var sentences = write.Finish(
            stamps,
            db => KnowledgeDocuments.Write(db, kb, build, gazetteerHash, Extractor, Resolver),
            stamp => WriteSentences(temporary, stamp, kb, extractions));

        _lock.EnterWriteLock();
        try
        {
            if (Volatile.Read(ref _disposed) == 1)
            {
                // Shut down while building: keep the finished file for the next start, open nothing.
                File.Move(temporary, target, overwrite: true);
                DeleteFolder(SentenceIndexPath);
                System.IO.Directory.Move(sentences, SentenceIndexPath);
                return;
            }

            _db?.Dispose();
            _db = null;

            // The finished file is checkpointed, so any log beside the target is stale and would be replayed into it.
            File.Delete(LiteFiles.LogPathOf(target));
            File.Move(temporary, target, overwrite: true);
            var fresh = Open(target, readOnly: true);
            _index = LoadIndex(fresh);
            _cache = new DocumentCache(CachedRecords);
            SwapSentences(sentences);
            _db = fresh;
            Volatile.Write(ref _baseVersion, version);
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        Loaded?.Invoke(this, EventArgs.Empty);
        Rebuilt?.Invoke(this, EventArgs.Empty);
    }

    private void Swap(LiteDatabase db, ActorIndex index, SentenceIndex sentences)
    {
        _lock.EnterWriteLock();
        try
        {
            if (Volatile.Read(ref _disposed) == 1)
            {
                db.Dispose();
                sentences.Dispose();
                return;
            }

            _db?.Dispose();
            _db = db;
            _index = index;
            _cache = new DocumentCache(CachedRecords);
            _sentences = sentences;
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        Loaded?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>The actor index from its own small collection, not the full actor records (older bases: those).</summary>
    private static ActorIndex LoadIndex(LiteDatabase db) =>
        db.CollectionExists(KnowledgeDocuments.ActorKeys)
            ? new ActorIndex(db.GetCollection(KnowledgeDocuments.ActorKeys).FindAll().Select(KnowledgeDocuments.ReadIndexEntry))
            : ActorIndex.From(db.GetCollection(KnowledgeDocuments.Actors).FindAll().Select(KnowledgeDocuments.Read<Actor>));

    private static LiteDatabase Open(string path, bool readOnly) => new(new ConnectionString
    {
        Filename = path,
        Connection = ConnectionType.Direct,
        ReadOnly = readOnly,
    }, new BsonMapper());

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _lock.EnterWriteLock();
        try
        {
            _db?.Dispose();
            _db = null;
            ReleaseSentences();
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        // The lock and the build gate are left undisposed on purpose: at shutdown a rebuild or a query can still be
        // on its way in, and disposing them under it throws. They hold no unmanaged resources; a late query
        // finds no base and answers from an empty one.
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1105, EventName = "KnowledgeWriteFailed", Level = LogLevel.Error, Message = "Writing the knowledge base to {Path} failed ({Reason}); the previous base keeps serving. Is its folder read-only? Knowledge__DatabasePath can point elsewhere")]
        public static partial void WriteFailed(ILogger logger, string path, string reason);

        [LoggerMessage(EventId = 1101, EventName = "KnowledgeBuilt", Level = LogLevel.Information, Message = "Knowledge base ready: {Articles} articles ({Read} read again), {Actors} actors, {Events} events, {Problems} problems, in {Path}")]
        public static partial void Built(ILogger logger, int articles, int read, int actors, int events, int problems, string path);

        [LoggerMessage(EventId = 1105, EventName = "EmptyShelf", Level = LogLevel.Warning, Message = "The shelf is empty: no articles in {Folder}. Every /who and /timeline will say so; run from the repository root or set Knowledge__Directory")]
        public static partial void EmptyShelf(ILogger logger, string folder);

        [LoggerMessage(EventId = 1102, EventName = "ShelfProblem", Level = LogLevel.Warning, Message = "Skipped: {Problem}")]
        public static partial void Problem(ILogger logger, string problem);

        [LoggerMessage(EventId = 1103, EventName = "KnowledgeUnreadable", Level = LogLevel.Warning, Message = "The knowledge base at {Path} could not be read; it will be rebuilt")]
        public static partial void Unreadable(ILogger logger, Exception exception, string path);

        [LoggerMessage(EventId = 1104, EventName = "CacheIgnored", Level = LogLevel.Information, Message = "Cached extractions could not be reused; every article will be read again")]
        public static partial void CacheIgnored(ILogger logger, Exception exception);
    }
}
