using JsonSerializer = System.Text.Json.JsonSerializer;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Search;
using LiteDB;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>Read access to one loaded knowledge base. Obtained from <see cref="KnowledgeStore.Read{T}"/>; never kept.</summary>
public sealed class KnowledgeReader
{
    private readonly LiteDatabase _db;
    private readonly DocumentCache _cache;

    internal KnowledgeReader(LiteDatabase db, ActorIndex index, DocumentCache cache, SentenceIndex? sentences = null)
    {
        _db = db;
        Index = index;
        _cache = cache;
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

    /// <summary>Events whose tellings give different dates (disagreements and revisions), for the digest.</summary>
    public IReadOnlyList<KnowledgeEvent> DisputedEvents() => [.. _db.GetCollection(KnowledgeDocuments.Events)
        .Find(Query.EQ("disputed", true)).Select(KnowledgeDocuments.Read<KnowledgeEvent>).OrderBy(e => e.Date)];

    /// <summary>Actors that articles give different posts for the same time.</summary>
    public IReadOnlyList<Actor> ActorsWithRoleDisagreements() => [.. _db.GetCollection(KnowledgeDocuments.Actors)
        .Find(Query.EQ("disputed", true)).Select(KnowledgeDocuments.Read<Actor>).OrderBy(a => a.Name, StringComparer.Ordinal)];

    /// <summary>Every event's date span, for period suggestions.</summary>
    public IReadOnlyList<PartialDate> EventDates() => [.. _db.GetCollection(KnowledgeDocuments.Events)
        .Query().Select(x => new { start = x["start"], precision = x["precision"] }).ToEnumerable()
        .Select(x => new PartialDate(DateOnly.FromDateTime(x.start.AsDateTime), (DatePrecision)x.precision.AsInt32))];

    /// <summary>The build that made this base; null for a base written before builds were stamped.</summary>
    public BuildStamp? Build()
    {
        var doc = _db.GetCollection(KnowledgeDocuments.Meta).FindById(KnowledgeDocuments.BuildKey);
        return doc is null ? null : JsonSerializer.Deserialize<BuildStamp>(doc["value"].AsString, KnowledgeJson.Options);
    }

    /// <summary>What bot state keeps of every article, as the build computed it (no article text is read).</summary>
    public IEnumerable<Digests.ShelfArticle> ShelfArticles() => _db.CollectionExists(KnowledgeDocuments.ShelfArticles)
        ? _db.GetCollection(KnowledgeDocuments.ShelfArticles).FindAll().Select(KnowledgeDocuments.ReadShelfArticle)
        : Articles().Select(Digests.ShelfArticle.From);

    /// <summary>The same for the given articles only; ids no longer on the shelf are skipped.</summary>
    public IEnumerable<Digests.ShelfArticle> ShelfArticles(IEnumerable<string> ids)
    {
        var shelf = _db.GetCollection(KnowledgeDocuments.ShelfArticles);
        return ids.Select(id => shelf.FindById(id)).OfType<BsonDocument>().Select(KnowledgeDocuments.ReadShelfArticle);
    }

    /// <summary>Every event's source count.</summary>
    public IEnumerable<EventSources> EventSources() => _db.GetCollection(KnowledgeDocuments.Events).FindAll()
        .Select(d => d["sources"].IsInt32 ? new EventSources(d["_id"].AsString, d["sources"].AsInt32) : new EventSources(d["_id"].AsString, KnowledgeDocuments.Read<KnowledgeEvent>(d).ArticleCount));

    public IReadOnlyList<AmbiguousName> AmbiguousNames()
    {
        var doc = _db.GetCollection(KnowledgeDocuments.Meta).FindById(KnowledgeDocuments.AmbiguousNamesKey);
        return doc is null ? [] : JsonSerializer.Deserialize<List<AmbiguousName>>(doc["value"].AsString, KnowledgeJson.Options) ?? [];
    }

    /// <summary>By id through the base's cache: a /who card reads the same actor, articles and events every time.</summary>
    private T? Find<T>(string collection, string id)
        where T : class => _cache.GetOrRead(collection, id, (c, i) =>
        {
            var doc = _db.GetCollection(c).FindById(i);
            return doc is null ? null : KnowledgeDocuments.Read<T>(doc);
        });
}
