using System.Globalization;
using BriefBot.Core.Knowledge.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace BriefBot.Core.Knowledge.Search;

/// <summary>
/// The shelf's sentences in a Lucene index beside the LiteDB file, searched with BM25. Written by every build and
/// swapped in with the base, so answers and index always come from the same shelf. Thread-safe for searching.
/// </summary>
public sealed partial class SentenceIndex : IDisposable
{
    /// <summary>Candidates read before the period filter and the coverage gate.</summary>
    private const int Candidates = 200;

    private static readonly SentenceAnalyzer Analyzer = new();
    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private SentenceIndex(LuceneDirectory directory, DirectoryReader reader)
    {
        _directory = directory;
        _reader = reader;
        _searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public static SentenceIndex Empty { get; } = CreateEmpty();

    /// <summary>The build this index was written for (the base's build time), so a stale index is never used.</summary>
    public string? BuildStamp => _reader.IndexCommit?.UserData.TryGetValue(SentenceFields.BuildStamp, out var stamp) == true ? stamp : null;

    public int Count => _reader.NumDocs;

    /// <summary>Writes <paramref name="entries"/> as a new index in <paramref name="path"/>, replacing what was there.</summary>
    public static void Write(string path, IEnumerable<SentenceEntry> entries, string buildStamp)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var directory = FSDirectory.Open(path);
        Write(directory, entries, buildStamp);
    }

    /// <summary>Opens the index in <paramref name="path"/>; null when there is none or it cannot be read.</summary>
    public static SentenceIndex? Open(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return null;
        }

        var directory = FSDirectory.Open(path);
        try
        {
            return new SentenceIndex(directory, DirectoryReader.Open(directory));
        }
        catch (IOException)
        {
            directory.Dispose();
            return null;
        }
    }

    /// <summary>An index held in memory, for tests and for a base loaded without its index file.</summary>
    public static SentenceIndex InMemory(IEnumerable<SentenceEntry> entries, string buildStamp = "")
    {
        var directory = new RAMDirectory();
        Write(directory, entries, buildStamp);
        return new SentenceIndex(directory, DirectoryReader.Open(directory));
    }

    /// <summary>
    /// The sentences that answer <paramref name="query"/>, best first: BM25 over the words, any named actor as an
    /// extra clause, dates overlapping a period when one is asked, and enough of the question covered.
    /// </summary>
    public IReadOnlyList<SentenceHit> Search(SentenceQuery query, int max)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = Analyzer.Terms(query.Words).Distinct(StringComparer.Ordinal).ToList();
        var nameTerms = Analyzer.Terms(query.NameWords).Distinct(StringComparer.Ordinal).Except(terms, StringComparer.Ordinal).ToList();
        var actorsAsked = query.ActorIds.Count > 0 || nameTerms.Count > 0;
        if (terms.Count == 0 && !actorsAsked)
        {
            return [];
        }

        var lucene = new BooleanQuery();
        if (terms.Count > 0)
        {
            lucene.Add(AnyOf(SentenceFields.Text, terms, 1f), Occur.SHOULD);
            lucene.Add(AnyOf(SentenceFields.Context, terms, ContextBoost), Occur.SHOULD);
        }

        if (query.ActorIds.Count > 0)
        {
            lucene.Add(AnyOf(SentenceFields.Actor, query.ActorIds, ActorBoost), Occur.SHOULD);
        }

        if (nameTerms.Count > 0)
        {
            lucene.Add(AnyOf(SentenceFields.Text, nameTerms, 1f), Occur.SHOULD);
            lucene.Add(AnyOf(SentenceFields.Context, nameTerms, ContextBoost), Occur.SHOULD);
        }

        var hits = new List<SentenceHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scored in _searcher.Search(lucene, Candidates).ScoreDocs)
        {
            var entry = Read(_searcher.Doc(scored.Doc));
            if (query.Periods.Count > 0 && !entry.Dates.Any(d => query.Periods.Any(p => p.Overlaps(d))))
            {
                continue;
            }

            var own = Analyzer.Terms(entry.Text).ToHashSet(StringComparer.Ordinal);
            var around = Analyzer.Terms(entry.Context).ToHashSet(StringComparer.Ordinal);
            var matchedHere = terms.Count(own.Contains);
            var matched = terms.Count(t => own.Contains(t) || around.Contains(t));
            var matchedActor = entry.ActorIds.Any(id => query.ActorIds.Contains(id, StringComparer.Ordinal)) || nameTerms.Any(t => own.Contains(t) || around.Contains(t));
            if (!Covers(terms.Count, actorsAsked, matched, matchedHere, matchedActor) || (hits.Count > 0 && scored.Score < hits[0].Score * ShareOfBest) || !seen.Add(entry.Text))
            {
                continue;
            }

            hits.Add(new SentenceHit(entry, scored.Score, matched, matchedActor));
            if (hits.Count == max)
            {
                break;
            }
        }

        return hits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static void Write(LuceneDirectory directory, IEnumerable<SentenceEntry> entries, string buildStamp)
    {
        var config = new IndexWriterConfig(SentenceAnalyzer.Version, Analyzer) { OpenMode = OpenMode.CREATE, Similarity = new BM25Similarity() };
        using var writer = new IndexWriter(directory, config);
        foreach (var entry in entries)
        {
            writer.AddDocument(Document(entry));
        }

        writer.SetCommitData(new Dictionary<string, string>(StringComparer.Ordinal) { [SentenceFields.BuildStamp] = buildStamp });
        writer.Commit();
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values, float boost)
    {
        var any = new BooleanQuery { Boost = boost };
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return any;
    }

    private static SentenceIndex CreateEmpty() => InMemory([]);

    private static Document Document(SentenceEntry entry)
    {
        var doc = new Document
        {
            new StringField(SentenceFields.Id, string.Create(CultureInfo.InvariantCulture, $"{entry.ArticleId}#{entry.Index}"), Field.Store.YES),
            new StoredField(SentenceFields.Article, entry.ArticleId),
            new StoredField(SentenceFields.Paragraph, entry.Paragraph),
            new StoredField(SentenceFields.Index, entry.Index),
            new TextField(SentenceFields.Text, entry.Text, Field.Store.YES),
            new TextField(SentenceFields.Context, entry.Context, Field.Store.YES),
        };
        foreach (var id in entry.ActorIds)
        {
            doc.Add(new StringField(SentenceFields.Actor, id, Field.Store.YES));
        }

        foreach (var id in entry.EventIds)
        {
            doc.Add(new StoredField(SentenceFields.Event, id));
        }

        foreach (var date in entry.Dates)
        {
            doc.Add(new StoredField(SentenceFields.Span, date.ToTimex()));
        }

        return doc;
    }

    private static SentenceEntry Read(Document doc) => new()
    {
        ArticleId = doc.Get(SentenceFields.Article, CultureInfo.InvariantCulture),
        Paragraph = doc.GetField(SentenceFields.Paragraph).GetInt32Value() ?? 0,
        Index = doc.GetField(SentenceFields.Index).GetInt32Value() ?? 0,
        Text = doc.Get(SentenceFields.Text, CultureInfo.InvariantCulture),
        Context = doc.Get(SentenceFields.Context, CultureInfo.InvariantCulture) ?? "",
        ActorIds = doc.GetValues(SentenceFields.Actor, CultureInfo.InvariantCulture),
        EventIds = doc.GetValues(SentenceFields.Event, CultureInfo.InvariantCulture),
        Dates = [.. doc.GetValues(SentenceFields.Span, CultureInfo.InvariantCulture).Select(v => PartialDate.TryParseTimex(v, out var d) ? d : (PartialDate?)null).OfType<PartialDate>()],
    };
}
