using BriefBot.Core.Knowledge.Ingest;
using LiteDB;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// A new base being written beside the serving one (<c>DATABASE.building</c>). The extraction cache and file stamps
/// start on another thread as it opens; <see cref="Finish"/> adds the resolved records after them while the sentence
/// index is written on the other core. Disposed unfinished (a failed build), it closes the file and leaves it for
/// the next build to delete, as every build starts from nothing.
/// </summary>
internal sealed class NewBaseWrite : IDisposable
{
    private readonly SyncAtEndFile _file;
    private readonly SyncAtEndFile _log;
    private readonly LiteDatabase _db;
    private readonly string _logPath;
    private readonly string _stamp;
    private readonly Task _extractions;
    private bool _closed;

    private NewBaseWrite(string path, DateTimeOffset builtAt, IReadOnlyList<ArticleExtraction> extractions, IReadOnlyList<FileStamp> stamps, string extractorVersion)
    {
        Path = path;

        // A build killed while writing leaves its file and LiteDB's log beside it (name-log.ext); opening the file
        // again would replay that stale log into the new base. Every build starts from nothing.
        LiteFiles.DeleteWithLog(path);
        _logPath = LiteFiles.LogPathOf(path);
        _file = new SyncAtEndFile(path);
        _log = new SyncAtEndFile(_logPath);
        _db = new LiteDatabase(_file, new BsonMapper(), _log);
        KnowledgeDocuments.WriteBuiltAt(_db, builtAt);
        _stamp = KnowledgeStore.BuildStamp(_db);
        _extractions = Task.Run(() => KnowledgeDocuments.WriteExtractions(_db, extractions, stamps, extractorVersion));
    }

    /// <summary>The file being written.</summary>
    public string Path { get; }

    public static NewBaseWrite Start(string target, DateTimeOffset builtAt, IReadOnlyList<ArticleExtraction> extractions, IReadOnlyList<FileStamp> stamps, string extractorVersion)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        return new NewBaseWrite(target + ".building", builtAt, extractions, stamps, extractorVersion);
    }

    /// <summary>
    /// Writes <paramref name="records"/> into the base (after the extraction cache) while <paramref name="sentences"/>
    /// writes the sentence index on the other core, given the base's build stamp; then checkpoints, syncs and closes
    /// the file. Returns the sentence index's folder.
    /// </summary>
    public string Finish(Action<LiteDatabase> records, Func<string, string> sentences)
    {
        var documents = Task.Run(() =>
        {
            _extractions.GetAwaiter().GetResult();
            records(_db);
            _db.Checkpoint();
        });
        var index = Task.Run(() => sentences(_stamp));
        Task.WhenAll(documents, index).GetAwaiter().GetResult();
        _db.Dispose();

        // Checkpointed: everything the log held is in the file now, so the log is never synced, only deleted.
        _file.SyncToDisk();
        Close();
        File.Delete(_logPath);
        return index.Result;
    }

    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        // The cache write may still be going when resolution failed: let it end before the file closes under it.
        // Its own failure, if any, is read here so it is not reported later as unobserved; the build's is what counts.
        _ = Task.WhenAny(_extractions).GetAwaiter().GetResult().Exception;
        _db.Dispose();
        Close();
    }

    private void Close()
    {
        _closed = true;
        _log.Dispose();
        _file.Dispose();
    }
}
