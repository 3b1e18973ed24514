using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Search;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// The sentence index (Lucene, for /ask) lives beside the LiteDB file as <c>DATABASE.sentences/</c>, is written by
/// the same build and swapped in with it. Its commit carries the base's build time, so an index left from another
/// build is never used: it is written again from the base.
/// </summary>
public sealed partial class KnowledgeStore
{
    private const string SentencesSuffix = ".sentences";
    private SentenceIndex _sentences = SentenceIndex.Empty;

    public string SentenceIndexPath => DatabasePath + SentencesSuffix;

    /// <summary>Writes the index for the base being written to <paramref name="databasePath"/>; returns its folder.</summary>
    private static string WriteSentences(string databasePath, string buildStamp, KnowledgeBase kb, IEnumerable<ArticleExtraction> extractions)
    {
        var folder = databasePath + SentencesSuffix;
        DeleteFolder(folder);
        SentenceIndex.Write(folder, SentenceEntries.From(extractions, kb.Actors, kb.Events), buildStamp);
        return folder;
    }

    /// <summary>Under the write lock: moves a freshly written index into place and opens it.</summary>
    private void SwapSentences(string writtenFolder)
    {
        ReleaseSentences();
        DeleteFolder(SentenceIndexPath);
        System.IO.Directory.Move(writtenFolder, SentenceIndexPath);
        _sentences = SentenceIndex.Open(SentenceIndexPath) ?? SentenceIndex.Empty;
    }

    /// <summary>Opens the index of an existing base, writing it from the base first when it is missing or stale.</summary>
    private SentenceIndex LoadSentences(LiteDatabase db)
    {
        var stamp = BuildStamp(db);
        var existing = SentenceIndex.Open(SentenceIndexPath);
        if (existing is not null && existing.BuildStamp == stamp)
        {
            return existing;
        }

        existing?.Dispose();
        var extractions = db.GetCollection(KnowledgeDocuments.Extractions).FindAll().Select(KnowledgeDocuments.Read<ArticleExtraction>);
        var actors = db.GetCollection(KnowledgeDocuments.Actors).FindAll().Select(KnowledgeDocuments.Read<Actor>).ToList();
        var events = db.GetCollection(KnowledgeDocuments.Events).FindAll().Select(KnowledgeDocuments.Read<KnowledgeEvent>).ToList();
        var entries = SentenceEntries.From(extractions, actors, events).ToList();
        try
        {
            var written = SentenceIndexPath + ".building";
            DeleteFolder(written);
            SentenceIndex.Write(written, entries, stamp);
            ReleaseSentences();
            DeleteFolder(SentenceIndexPath);
            System.IO.Directory.Move(written, SentenceIndexPath);
            return SentenceIndex.Open(SentenceIndexPath) ?? SentenceIndex.InMemory(entries, stamp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only data folder still answers /ask, from memory.
            Log.SentencesInMemory(_logger, ex);
            return SentenceIndex.InMemory(entries, stamp);
        }
    }

    private void ReleaseSentences()
    {
        if (!ReferenceEquals(_sentences, SentenceIndex.Empty))
        {
            _sentences.Dispose();
        }

        _sentences = SentenceIndex.Empty;
    }

    internal static string BuildStamp(LiteDatabase db)
    {
        var builtAt = db.GetCollection(KnowledgeDocuments.Meta).FindById(KnowledgeDocuments.BuiltAtKey);
        return builtAt is null ? "" : builtAt["value"].AsDateTime.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void DeleteFolder(string folder)
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1151, EventName = "SentencesInMemory", Level = LogLevel.Warning, Message = "The sentence index could not be written beside the knowledge base; /ask searches an index in memory")]
        public static partial void SentencesInMemory(ILogger logger, Exception exception);
    }
}
