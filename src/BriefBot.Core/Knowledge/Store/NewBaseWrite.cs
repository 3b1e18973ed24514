using BriefBot.Core.Knowledge.Ingest;
using LiteDB;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// A new base being written beside the serving one (<c>DATABASE.building</c>). Opened by the first article whose
/// records it is given (<see cref="Add"/>, from the scan's workers) or by <see cref="Finish"/>, so a shelf found
/// unchanged writes nothing. <see cref="Finish"/> writes the resolved records while the sentence index is written on
/// the other core. Disposed unfinished (a failed build), it closes the file and leaves it for the next build to
/// delete, as every build starts from nothing.
/// </summary>
internal sealed class NewBaseWrite : IDisposable
{
    private readonly Lazy<OpenFile> _open;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _added = new(StringComparer.Ordinal);
    private bool _closed;

    private NewBaseWrite(string path, TimeProvider time, string extractorVersion)
    {
        Path = path;
        _open = new Lazy<OpenFile>(() => OpenFile.Create(path, time.GetUtcNow(), extractorVersion), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The file being written.</summary>
    public string Path { get; }

    public static NewBaseWrite For(string target, TimeProvider time, string extractorVersion) =>
        new(target + ".building", time, extractorVersion);

    /// <summary>
    /// Writes one article's own records (its extraction, the article, its shelf note); from any thread. An article
    /// given twice (read from a cache that proved damaged further on, then read from its file) is written once.
    /// </summary>
    public void Add(ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (_added.TryAdd(extraction.Article.Id, true))
        {
            _open.Value.Articles.Add(extraction);
        }
    }

    /// <summary>
    /// Waits for the articles' records, then writes <paramref name="records"/> and the file stamps into the base while
    /// <paramref name="sentences"/> writes the sentence index on the other core, given the base's build stamp; then
    /// checkpoints, syncs and closes the file. Returns the sentence index's folder.
    /// </summary>
    public string Finish(IReadOnlyList<FileStamp> stamps, Action<LiteDatabase> records, Func<string, string> sentences)
    {
        var open = _open.Value;
        open.Articles.Complete();
        var documents = Task.Run(() =>
        {
            records(open.Db);
            KnowledgeDocuments.WriteStamps(open.Db, stamps);
            open.Db.Checkpoint();
        });
        var index = Task.Run(() => sentences(open.Stamp));
        Task.WhenAll(documents, index).GetAwaiter().GetResult();
        open.Articles.Dispose();
        open.Db.Dispose();

        // Checkpointed: everything the log held is in the file now, so the log is never synced, only deleted.
        open.File.SyncToDisk();
        _closed = true;
        open.Close();
        File.Delete(LiteFiles.LogPathOf(Path));
        return index.Result;
    }

    public void Dispose()
    {
        if (_closed || !_open.IsValueCreated)
        {
            return;
        }

        _closed = true;
        var open = _open.Value;
        open.Articles.Dispose();
        open.Db.Dispose();
        open.Close();
    }

    private sealed record OpenFile(SyncAtEndFile File, SyncAtEndFile Log, LiteDatabase Db, string Stamp, ArticleRecordWriter Articles)
    {
        public static OpenFile Create(string path, DateTimeOffset builtAt, string extractorVersion)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);

            // A build killed while writing leaves its file and LiteDB's log beside it (name-log.ext); opening the file
            // again would replay that stale log into the new base. Every build starts from nothing.
            LiteFiles.DeleteWithLog(path);
            var file = new SyncAtEndFile(path);
            SyncAtEndFile? log = null;
            try
            {
                log = new SyncAtEndFile(LiteFiles.LogPathOf(path));
                var db = new LiteDatabase(file, new BsonMapper(), log);
                KnowledgeDocuments.WriteBuiltAt(db, builtAt);
                return new OpenFile(file, log, db, KnowledgeStore.BuildStamp(db), new ArticleRecordWriter(db, extractorVersion));
            }
            catch
            {
                log?.Dispose();
                file.Dispose();
                throw;
            }
        }

        public void Close()
        {
            Log.Dispose();
            File.Dispose();
        }
    }
}
