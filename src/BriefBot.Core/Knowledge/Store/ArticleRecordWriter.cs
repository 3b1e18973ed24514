using System.Collections.Concurrent;
using BriefBot.Core.Knowledge.Ingest;
using LiteDB;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// Writes each article's own records (<see cref="KnowledgeDocuments.ArticleRecords"/>) into a new base as the shelf
/// is scanned, so the build need not keep every article's paragraphs and JSON until the end. Records are made on the
/// caller's thread (the scan's workers) and inserted from one thread of its own, committed a few hundred at a time;
/// a short queue between them bounds what waits.
/// </summary>
internal sealed class ArticleRecordWriter : IDisposable
{
    private const int QueuedArticles = 64;

    private readonly BlockingCollection<(string Collection, BsonDocument Document)[]> _queue = new(QueuedArticles);
    private readonly CancellationTokenSource _failed = new();
    private readonly string _extractorVersion;
    private readonly Task _writer;

    public ArticleRecordWriter(LiteDatabase db, string extractorVersion)
    {
        _extractorVersion = extractorVersion;

        // A thread of its own: a LiteDB transaction belongs to the thread that began it.
        _writer = Task.Factory.StartNew(() => Drain(db), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Queues one article's records; from any thread. Throws what stopped the writer, if it stopped.</summary>
    public void Add(ArticleExtraction extraction)
    {
        var records = KnowledgeDocuments.ArticleRecords(extraction, _extractorVersion);
        try
        {
            _queue.Add(records, _failed.Token);
        }
        catch (OperationCanceledException)
        {
            _writer.GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>Waits until every queued record is committed; throws what stopped the writer, if it stopped.</summary>
    public void Complete()
    {
        _queue.CompleteAdding();
        _writer.GetAwaiter().GetResult();
    }

    /// <summary>
    /// After <see cref="Complete"/>, or for a build that failed or was cancelled: lets the writer finish what is
    /// queued; a failure of its own was already thrown to the scan or is of no use to a build given up.
    /// </summary>
    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        ((IAsyncResult)_writer).AsyncWaitHandle.WaitOne();
        _queue.Dispose();
        _failed.Dispose();
    }

    private void Drain(LiteDatabase db)
    {
        try
        {
            var pending = 0;
            foreach (var records in _queue.GetConsumingEnumerable())
            {
                if (pending == 0)
                {
                    db.BeginTrans();
                }

                foreach (var (collection, document) in records)
                {
                    db.GetCollection(collection).Insert(document);
                }

                if (++pending == KnowledgeDocuments.CommitEvery)
                {
                    db.Commit();
                    pending = 0;
                }
            }

            if (pending > 0)
            {
                db.Commit();
            }

            // Readers check that a collection exists: an empty shelf writes them all the same.
            db.GetCollection(KnowledgeDocuments.Extractions).InsertBulk([]);
            db.GetCollection(KnowledgeDocuments.Articles).InsertBulk([]);
            db.GetCollection(KnowledgeDocuments.ShelfArticles).InsertBulk([]);
        }
        catch
        {
            // Unblocks the scan's workers waiting on a full queue; they rethrow this failure (Add).
            _failed.Cancel();
            throw;
        }
    }
}
