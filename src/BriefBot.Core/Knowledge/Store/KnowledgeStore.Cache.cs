using BriefBot.Core.Knowledge.Ingest;
using LiteDB;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>What the last build left for the next: file stamps, and extractions to reuse.</summary>
public sealed partial class KnowledgeStore
{
    /// <summary>The last build's stamps by article id; none when the gazetteer or the extraction code changed since.</summary>
    private Dictionary<string, FileStamp> ReadStamps(string gazetteerHash) => FromBase(db =>
    {
        var meta = db.GetCollection(KnowledgeDocuments.Meta);
        if (meta.FindById(KnowledgeDocuments.GazetteerHashKey)?["value"].AsString != gazetteerHash
            || meta.FindById(KnowledgeDocuments.ExtractionVersionKey)?["value"].AsString != Extractor)
        {
            return [];
        }

        return db.GetCollection(KnowledgeDocuments.Files).FindAll().Select(KnowledgeDocuments.ReadStamp).ToDictionary(s => s.Id, StringComparer.Ordinal);
    }) ?? [];

    /// <summary>The resolver version the base on disk was built with, if any.</summary>
    private string? StoredResolver() => FromBase(db => db.GetCollection(KnowledgeDocuments.Meta).FindById(KnowledgeDocuments.ResolverVersionKey)?["value"].AsString ?? "");

    /// <summary>Cached extractions are read back this many at a time: the JSON of a whole 100k shelf is gigabytes as strings.</summary>
    private const int CachedPerRead = 2000;

    /// <summary>
    /// Every article's extraction: fresh from the scan, else the cached one with the same hash (JSON read in
    /// parallel), else extracted now; those not from the scan are handed to <paramref name="keep"/> as well.
    /// Returns how many had to be extracted here because no cache held them.
    /// </summary>
    private (List<ArticleExtraction> Extractions, int Missing) WithCached(ShelfScan scan, Gazetteer gazetteer, bool cacheIsValid, Func<ArticleExtraction, ArticleExtraction> keep, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < scan.Files.Length; i++)
        {
            if (scan.Fresh[i] is null && scan.Problems[i] is null)
            {
                wanted[scan.Files[i].Id] = scan.Hashes[i];
            }
        }

        var cached = wanted.Count == 0 || !cacheIsValid ? [] : FromBase(db =>
        {
            var kept = new Dictionary<string, ArticleExtraction>(StringComparer.Ordinal);
            var matching = db.GetCollection(KnowledgeDocuments.Extractions).FindAll()
                .Where(doc => wanted.TryGetValue(doc["_id"].AsString, out var hash) && doc["hash"].AsString == hash && doc["version"].AsString == Extractor)
                .Select(doc => doc["json"].AsString);
            foreach (var json in matching.Chunk(CachedPerRead))
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    foreach (var extraction in json.AsParallel().WithCancellation(cancellationToken)
                        .Select(j => keep(System.Text.Json.JsonSerializer.Deserialize<ArticleExtraction>(j, KnowledgeJson.Options)!)).ToList())
                    {
                        kept.Add(extraction.Article.Id, extraction);
                    }
                }
                catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
                {
                    // A damaged entry as itself, so it only costs reading the files again (below).
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
                }
            }

            return kept;
        }) ?? [];

        var result = new List<ArticleExtraction>(scan.Files.Length);
        var missing = 0;
        var extractor = new ArticleExtractor(new MentionFinder(gazetteer));
        for (var i = 0; i < scan.Files.Length; i++)
        {
            if (scan.Fresh[i] is { } fresh)
            {
                result.Add(fresh);
            }
            else if (cached.TryGetValue(scan.Files[i].Id, out var hit))
            {
                result.Add(hit);
            }
            else if (scan.Problems[i] is null && MarkdownArticleParser.Parse(scan.Files[i].Name, scan.Files[i].ReadContent()) is { Article: { } article, Problem: null })
            {
                // A cache that lost its entry (or a damaged one) only costs reading the file again.
                result.Add(keep(extractor.Extract(article)));
                missing++;
            }
        }

        return (result, missing);
    }

    /// <summary>Runs <paramref name="read"/> on the loaded base, or on the file opened read-only; null when there is none or it is unreadable.</summary>
    private T? FromBase<T>(Func<LiteDatabase, T> read)
        where T : class
    {
        if (!File.Exists(DatabasePath))
        {
            return null;
        }

        try
        {
            _lock.EnterReadLock();
            try
            {
                if (_db is not null)
                {
                    return read(_db);
                }

                using var db = Open(DatabasePath, readOnly: true);
                return read(db);
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
        catch (Exception ex) when (ex is LiteException or System.Text.Json.JsonException or IOException or InvalidCastException)
        {
            // A damaged cache only costs a full re-read.
            Log.CacheIgnored(_logger, ex);
            return null;
        }
    }
}
