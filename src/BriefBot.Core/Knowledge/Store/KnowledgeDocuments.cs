using JsonSerializer = System.Text.Json.JsonSerializer;
using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;
using LiteDB;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// How the knowledge base is laid out in LiteDB: each record as JSON plus the fields queries filter on,
/// each indexed. Collections: articles, actors, events, extractions (the per-article cache), meta.
/// </summary>
internal static class KnowledgeDocuments
{
    public const string Articles = "articles";
    public const string Actors = "actors";
    public const string Events = "events";
    public const string Extractions = "extractions";
    public const string Meta = "meta";
    public const string Files = "files";
    public const string ActorKeys = "actorKeys";
    public const string ShelfArticles = "shelf";
    public const string ExtractionVersionKey = "extractionVersion";
    public const string ResolverVersionKey = "resolverVersion";
    public const string BuildKey = "build";
    public const string AmbiguousNamesKey = "ambiguous";
    public const string GazetteerHashKey = "gazetteerHash";
    public const string BuiltAtKey = "builtAt";

    /// <summary>
    /// LiteDB keeps a transaction's pages in memory until it commits, up to 100,000 of them (800 MB): inserted in one
    /// transaction, a 100k shelf's records would sit in memory whole. Each collection is committed this many at a time.
    /// </summary>
    public const int CommitEvery = 200;

    /// <summary>The records a build makes from its knowledge base; <see cref="ArticleRecords"/> and <see cref="WriteStamps"/> the rest.</summary>
    public static void Write(LiteDatabase db, KnowledgeBase kb, BuildStamp build, string gazetteerHash, string extractorVersion, string resolverVersion)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(kb);
        // The articles themselves went in with their extractions, while the shelf was scanned (ArticleRecords).
        db.GetCollection(Articles).EnsureIndex("published");

        var actors = db.GetCollection(Actors);
        InsertCommitted(db, actors, kb.Actors.Select(a => new BsonDocument
        {
            ["_id"] = a.Id,
            ["kind"] = a.Kind.ToString(),
            ["disputed"] = a.RoleDisagreements.Count > 0,
            ["keys"] = new BsonArray(a.Aliases.Select(MentionFinder.Key).Concat(a.Acronyms).Distinct(StringComparer.Ordinal).Select(k => new BsonValue(k))),
            ["json"] = Json(a),
        }));
        actors.EnsureIndex("keys", "$.keys[*]");
        actors.EnsureIndex("kind");

        // What opening the base reads: names only, so start-up does not read every actor's facts and roles.
        InsertCommitted(db, db.GetCollection(ActorKeys), ActorIndex.From(kb.Actors).Entries.Select(e => new BsonDocument
        {
            ["_id"] = e.Id,
            ["name"] = e.Name,
            ["kind"] = (int)e.Kind,
            ["keys"] = new BsonArray(e.Keys.Select(k => new BsonValue(k))),
            ["acronyms"] = new BsonArray(e.Acronyms.Select(k => new BsonValue(k))),
            ["mentions"] = e.MentionCount,
        }));

        var events = db.GetCollection(Events);
        InsertCommitted(db, events, kb.Events.Select(e => new BsonDocument
        {
            ["_id"] = e.Id,
            ["start"] = e.Date.Start.ToDateTime(TimeOnly.MinValue),
            ["end"] = e.Date.End.ToDateTime(TimeOnly.MinValue),
            ["precision"] = (int)e.Date.Precision,
            ["actors"] = new BsonArray(e.ActorIds.Concat(e.PlaceIds).Select(id => new BsonValue(id))),
            ["sources"] = e.ArticleCount,
            ["disputed"] = e.DateClaims.Count > 1,
            ["json"] = Json(e),
        }));
        events.EnsureIndex("start");
        events.EnsureIndex("end");
        events.EnsureIndex("actors", "$.actors[*]");

        var meta = db.GetCollection(Meta);
        meta.Insert(new BsonDocument { ["_id"] = ExtractionVersionKey, ["value"] = extractorVersion });
        meta.Insert(new BsonDocument { ["_id"] = ResolverVersionKey, ["value"] = resolverVersion });
        meta.Insert(new BsonDocument { ["_id"] = BuildKey, ["value"] = Json(build) });
        meta.Insert(new BsonDocument { ["_id"] = GazetteerHashKey, ["value"] = gazetteerHash });
        meta.Insert(new BsonDocument { ["_id"] = AmbiguousNamesKey, ["value"] = Json(kb.AmbiguousNames) });
    }

    /// <summary>
    /// One article's own records, which need no resolution: its cached extraction, the article, and what bot state
    /// notes of it (title, hash, paragraph hashes). Written while the shelf is scanned, by <see cref="ArticleRecordWriter"/>.
    /// </summary>
    public static (string Collection, BsonDocument Document)[] ArticleRecords(ArticleExtraction extraction, string extractorVersion)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var article = extraction.Article;
        var shelf = Digests.ShelfArticle.From(article);
        return
        [
            (Extractions, new BsonDocument
            {
                ["_id"] = article.Id,
                ["hash"] = article.ContentHash,
                ["version"] = extractorVersion,
                ["json"] = Json(extraction),
            }),
            (Articles, new BsonDocument
            {
                ["_id"] = article.Id,
                ["published"] = article.Published is { } p ? new BsonValue(p.ToDateTime(TimeOnly.MinValue)) : BsonValue.Null,
                ["json"] = Json(article),
            }),
            (ShelfArticles, new BsonDocument
            {
                ["_id"] = shelf.Id,
                ["title"] = shelf.Title,
                ["hash"] = shelf.Hash,
                ["published"] = shelf.Published is { } published ? published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : BsonValue.Null,
                ["paragraphs"] = new BsonArray(shelf.ParagraphHashes.Select(h => new BsonValue(h))),
            }),
        ];
    }

    /// <summary>What the next build needs to trust a file without reading it.</summary>
    public static void WriteStamps(LiteDatabase db, IEnumerable<FileStamp> stamps)
    {
        ArgumentNullException.ThrowIfNull(db);
        InsertCommitted(db, db.GetCollection(Files), stamps.Select(f => new BsonDocument
        {
            ["_id"] = f.Id,
            ["length"] = f.Length,
            ["time"] = f.LastWriteTicks,
            ["noted"] = f.NotedTicks,
            ["hash"] = f.Hash,
            ["problem"] = f.Problem is { } problem ? Json(problem) : BsonValue.Null,
        }));
    }

    /// <summary>Inserts <paramref name="documents"/> in transactions of <see cref="CommitEvery"/>, so few of them are held in memory at once.</summary>
    public static void InsertCommitted(LiteDatabase db, ILiteCollection<BsonDocument> collection, IEnumerable<BsonDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(collection);
        var any = false;
        foreach (var batch in documents.Chunk(CommitEvery))
        {
            db.BeginTrans();
            collection.InsertBulk(batch);
            db.Commit();
            any = true;
        }

        if (!any)
        {
            // Readers check that a collection exists: an empty one is written all the same.
            collection.InsertBulk([]);
        }
    }
    /// <summary>When the base was built: written first, since the sentence index is stamped with it while the rest is written.</summary>
    public static void WriteBuiltAt(LiteDatabase db, DateTimeOffset builtAt)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.GetCollection(Meta).Insert(new BsonDocument { ["_id"] = BuiltAtKey, ["value"] = builtAt.UtcDateTime });
    }

    public static FileStamp ReadStamp(BsonDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new FileStamp(
            doc["_id"].AsString,
            doc["length"].AsInt64,
            doc["time"].AsInt64,
            doc["noted"].AsInt64,
            doc["hash"].AsString,
            doc["problem"].IsString ? JsonSerializer.Deserialize<ArticleProblem>(doc["problem"].AsString, KnowledgeJson.Options) : null);
    }

    public static Digests.ShelfArticle ReadShelfArticle(BsonDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new Digests.ShelfArticle(
            doc["_id"].AsString,
            doc["title"].AsString,
            doc["hash"].AsString,
            doc["published"].IsString ? DateOnly.ParseExact(doc["published"].AsString, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            [.. doc["paragraphs"].AsArray.Select(h => h.AsString)]);
    }

    public static ActorIndexEntry ReadIndexEntry(BsonDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new ActorIndexEntry(
            doc["_id"].AsString,
            doc["name"].AsString,
            (ActorKind)doc["kind"].AsInt32,
            [.. doc["keys"].AsArray.Select(k => k.AsString)],
            [.. doc["acronyms"].AsArray.Select(k => k.AsString)],
            doc["mentions"].AsInt32);
    }

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, KnowledgeJson.Options);

    public static T Read<T>(BsonDocument document) => JsonSerializer.Deserialize<T>(document["json"].AsString, KnowledgeJson.Options)
        ?? throw new InvalidDataException("Empty document in the knowledge base.");
}
