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
    private readonly KnowledgeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeStore> _logger;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _buildGate = new(1, 1);
    private LiteDatabase? _db;
    private ActorIndex _index = ActorIndex.Empty;
    private int _disposed;

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

    /// <summary>Raised after a build swapped in a new base.</summary>
    public event EventHandler? Rebuilt;

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
                return query(new KnowledgeReader(empty, ActorIndex.Empty));
            }

            return query(new KnowledgeReader(_db, _index, _sentences));
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
        var problems = new List<ArticleProblem>();
        var shelf = Shelf.Read(_options.Directory, problems);
        var gazetteer = Gazetteer.Parse(Shelf.GazetteerFile, shelf.GazetteerYaml, problems);
        var cached = ReadCache(shelf.GazetteerHash);

        var extractor = new ArticleExtractor(new MentionFinder(gazetteer));
        var extractions = new List<ArticleExtraction>();
        var read = 0;
        foreach (var file in shelf.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = Path.GetFileNameWithoutExtension(file.Name);
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(file.Content));
            if (cached.TryGetValue(id, out var hit) && hit.Article.ContentHash == hash)
            {
                extractions.Add(hit);
                continue;
            }

            var parsed = MarkdownArticleParser.Parse(file.Name, file.Content);
            if (parsed.Problem is not null)
            {
                problems.Add(parsed.Problem);
                continue;
            }

            extractions.Add(extractor.Extract(parsed.Article!));
            read++;
        }

        var unchanged = read == 0 && cached.Count == extractions.Count && File.Exists(DatabasePath);
        var kb = unchanged ? null : KnowledgeBuilder.Build(extractions, gazetteer);
        if (kb is not null)
        {
            WriteAndSwap(kb, extractions, shelf.GazetteerHash);
        }
        else if (!IsLoaded)
        {
            Load();
        }

        var report = Read(r => new BuildReport
        {
            WasUpToDate = unchanged,
            Articles = r.ArticleCount,
            ArticlesRead = read,
            ArticlesReused = extractions.Count - read,
            Actors = r.Index.Entries.Count,
            DiscoveredActors = kb?.Actors.Count(a => a.IsDiscovered) ?? 0,
            Events = r.EventCount,
            EventsWithSeveralSources = kb?.Events.Count(e => e.ArticleCount > 1) ?? 0,
            AmbiguousNames = r.AmbiguousNames(),
            Problems = problems,
            Elapsed = stopwatch.Elapsed,
        });
        Log.Built(_logger, report.Articles, report.ArticlesRead, report.Actors, report.Events, report.Problems.Count, DatabasePath);
        foreach (var problem in problems)
        {
            Log.Problem(_logger, problem.ToString());
        }

        return report;
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

    private Dictionary<string, ArticleExtraction> ReadCache(string gazetteerHash)
    {
        var result = new Dictionary<string, ArticleExtraction>(StringComparer.Ordinal);
        if (!File.Exists(DatabasePath))
        {
            return result;
        }

        try
        {
            _lock.EnterReadLock();
            try
            {
                var ownsDb = _db is null;
                var db = _db ?? Open(DatabasePath, readOnly: true);
                try
                {
                    var hash = db.GetCollection(KnowledgeDocuments.Meta).FindById(KnowledgeDocuments.GazetteerHashKey);
                    if (hash is null || hash["value"].AsString != gazetteerHash)
                    {
                        return result;
                    }

                    foreach (var doc in db.GetCollection(KnowledgeDocuments.Extractions).FindAll())
                    {
                        if (doc["version"].IsString && doc["version"].AsString == ArticleExtraction.CurrentVersion)
                        {
                            var extraction = KnowledgeDocuments.Read<ArticleExtraction>(doc);
                            result[extraction.Article.Id] = extraction;
                        }
                    }
                }
                finally
                {
                    if (ownsDb)
                    {
                        db.Dispose();
                    }
                }
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
        catch (Exception ex) when (ex is LiteException or System.Text.Json.JsonException or IOException)
        {
            // A damaged cache only costs a full re-read.
            Log.CacheIgnored(_logger, ex);
            result.Clear();
        }

        return result;
    }

    private void WriteAndSwap(KnowledgeBase kb, IReadOnlyList<ArticleExtraction> extractions, string gazetteerHash)
    {
        var target = DatabasePath;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".building";
        File.Delete(temporary);
        string sentences;
        using (var db = Open(temporary, readOnly: false))
        {
            KnowledgeDocuments.Write(db, kb, extractions, gazetteerHash, _time.GetUtcNow());
            db.Checkpoint();
            sentences = WriteSentences(temporary, db, kb, extractions);
        }

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
            File.Move(temporary, target, overwrite: true);
            var fresh = Open(target, readOnly: true);
            _index = LoadIndex(fresh);
            SwapSentences(sentences);
            _db = fresh;
        }
        finally
        {
            _lock.ExitWriteLock();
        }

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
            _sentences = sentences;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private static ActorIndex LoadIndex(LiteDatabase db) =>
        ActorIndex.From(db.GetCollection(KnowledgeDocuments.Actors).FindAll().Select(KnowledgeDocuments.Read<Actor>));

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
        [LoggerMessage(EventId = 1101, EventName = "KnowledgeBuilt", Level = LogLevel.Information, Message = "Knowledge base ready: {Articles} articles ({Read} read again), {Actors} actors, {Events} events, {Problems} problems, in {Path}")]
        public static partial void Built(ILogger logger, int articles, int read, int actors, int events, int problems, string path);

        [LoggerMessage(EventId = 1102, EventName = "ShelfProblem", Level = LogLevel.Warning, Message = "Skipped: {Problem}")]
        public static partial void Problem(ILogger logger, string problem);

        [LoggerMessage(EventId = 1103, EventName = "KnowledgeUnreadable", Level = LogLevel.Warning, Message = "The knowledge base at {Path} could not be read; it will be rebuilt")]
        public static partial void Unreadable(ILogger logger, Exception exception, string path);

        [LoggerMessage(EventId = 1104, EventName = "CacheIgnored", Level = LogLevel.Information, Message = "Cached extractions could not be reused; every article will be read again")]
        public static partial void CacheIgnored(ILogger logger, Exception exception);
    }
}
