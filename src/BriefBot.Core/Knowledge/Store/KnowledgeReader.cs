using JsonSerializer = System.Text.Json.JsonSerializer;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Search;
using LiteDB;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>Read access to one loaded knowledge base. Obtained from <see cref="KnowledgeStore.Read{T}"/>; never kept.</summary>
public sealed class KnowledgeReader
{
    private readonly LiteDatabase _db;

    internal KnowledgeReader(LiteDatabase db, ActorIndex index, SentenceIndex? sentences = null)
    {
        _db = db;
        Index = index;
        Sentences = sentences ?? SentenceIndex.Empty;
    }

    public ActorIndex Index { get; }

    /// <summary>The shelf's sentences for full-text search (/ask), from the same build as the rest.</summary>
    public SentenceIndex Sentences { get; }

    public Actor? GetActor(string id) => Find<Actor>(KnowledgeDocuments.Actors, id);

    public Article? GetArticle(string id) => Find<Article>(KnowledgeDocuments.Articles, id);

    public KnowledgeEvent? GetEvent(string id) => Find<KnowledgeEvent>(KnowledgeDocuments.Events, id);

    public IReadOnlyList<Article> Articles() => [.. _db.GetCollection(KnowledgeDocuments.Articles).FindAll().Select(KnowledgeDocuments.Read<Article>)];

    public int ArticleCount => _db.GetCollection(KnowledgeDocuments.Articles).Count();

    public int EventCount => _db.GetCollection(KnowledgeDocuments.Events).Count();

    /// <summary>Events whose date span overlaps [<paramref name="start"/>, <paramref name="end"/>], through the date indexes.</summary>
    public IReadOnlyList<KnowledgeEvent> EventsOverlapping(DateOnly start, DateOnly end, string? actorId = null)
    {
        var events = _db.GetCollection(KnowledgeDocuments.Events);
        var overlapping = Query.And(Query.LTE("start", end.ToDateTime(TimeOnly.MinValue)), Query.GTE("end", start.ToDateTime(TimeOnly.MinValue)));
        var found = events.Find(overlapping).Select(KnowledgeDocuments.Read<KnowledgeEvent>);
        if (actorId is not null)
        {
            found = found.Where(e => e.ActorIds.Contains(actorId, StringComparer.Ordinal) || e.PlaceIds.Contains(actorId, StringComparer.Ordinal));
        }

        return [.. found.OrderBy(e => e.Date)];
    }

    /// <summary>Every event's date span, for period suggestions.</summary>
    public IReadOnlyList<PartialDate> EventDates() => [.. _db.GetCollection(KnowledgeDocuments.Events)
        .Query().Select(x => new { start = x["start"], precision = x["precision"] }).ToEnumerable()
        .Select(x => new PartialDate(DateOnly.FromDateTime(x.start.AsDateTime), (DatePrecision)x.precision.AsInt32))];

    public IReadOnlyList<AmbiguousName> AmbiguousNames()
    {
        var doc = _db.GetCollection(KnowledgeDocuments.Meta).FindById(KnowledgeDocuments.AmbiguousNamesKey);
        return doc is null ? [] : JsonSerializer.Deserialize<List<AmbiguousName>>(doc["value"].AsString, KnowledgeJson.Options) ?? [];
    }

    private T? Find<T>(string collection, string id)
        where T : class
    {
        var doc = _db.GetCollection(collection).FindById(id);
        return doc is null ? null : KnowledgeDocuments.Read<T>(doc);
    }
}
