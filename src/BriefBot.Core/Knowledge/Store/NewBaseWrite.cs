using BriefBot.Core.Knowledge.Ingest;
using LiteDB;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// A new base being written beside the serving one (<c>DATABASE.building</c>): <see cref="Finish"/> writes the
/// resolved records and the extraction cache while the sentence index is written on the other core. Disposed
/// unfinished (a failed build), it closes the file and leaves it for the next build to delete, as every build
/// starts from nothing.
/// </summary>
internal sealed class NewBaseWrite : IDisposable
{
    private readonly SyncAtEndFile _file;
    private readonly SyncAtEndFile _log;
    private readonly LiteDatabase _db;
    private readonly string _logPath;
    private readonly string _stamp;
    private readonly IReadOnlyList<ArticleExtraction> _extractions;
    private readonly IReadOnlyList<FileStamp> _stamps;
    private readonly string _extractorVersion;
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
        _extractions = extractions;
        _stamps = stamps;
        _extractorVersion = extractorVersion;
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
            // The resolved records first, the extraction cache after them: written the other way round (the cache's
            // JSON while the sentence index is built) the 10k peak was 70 MB higher.
            records(_db);
            KnowledgeDocuments.WriteExtractions(_db, _extractions, _stamps, _extractorVersion);
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
