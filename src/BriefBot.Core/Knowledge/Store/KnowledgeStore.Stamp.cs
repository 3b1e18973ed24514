using BriefBot.Core.Knowledge.Model;
using LiteDB;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>Stamps each build and notes what it changed against the base it replaces.</summary>
public sealed partial class KnowledgeStore
{
    private BuildStamp NextStamp(KnowledgeBase kb)
    {
        var id = Guid.NewGuid().ToString("N");
        var before = FromBase(ReadPrevious);
        if (before is not { Id: { } previousId })
        {
            return new BuildStamp(id, null, null);
        }

        var changed = kb.Articles.Where(a => !before.Articles.TryGetValue(a.Id, out var hash) || hash != a.ContentHash).Select(a => a.Id).ToList();
        var present = kb.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var removed = before.Articles.Keys.Where(a => !present.Contains(a)).Order(StringComparer.Ordinal).ToList();
        var events = kb.Events
            .Where(e => !before.Events.TryGetValue(e.Id, out var sources) || sources != e.ArticleCount)
            .Select(e => new EventSources(e.Id, e.ArticleCount))
            .ToList();
        return new BuildStamp(id, previousId, new BuildChanges(changed, removed, events));
    }

    /// <summary>The replaced base's build id, article hashes and event source counts; no id when it predates stamps.</summary>
    private static Previous ReadPrevious(LiteDatabase db)
    {
        var stamp = db.GetCollection(KnowledgeDocuments.Meta).FindById(KnowledgeDocuments.BuildKey);
        if (stamp is null || !db.CollectionExists(KnowledgeDocuments.ShelfArticles))
        {
            return new Previous(null, [], []);
        }

        var articles = db.GetCollection(KnowledgeDocuments.ShelfArticles).Query()
            .Select(x => new { id = x["_id"], hash = x["hash"] }).ToEnumerable()
            .ToDictionary(x => x.id.AsString, x => x.hash.AsString, StringComparer.Ordinal);
        var events = db.GetCollection(KnowledgeDocuments.Events).Query()
            .Select(x => new { id = x["_id"], sources = x["sources"] }).ToEnumerable()
            .ToDictionary(x => x.id.AsString, x => x.sources.IsInt32 ? x.sources.AsInt32 : -1, StringComparer.Ordinal);
        var id = System.Text.Json.JsonSerializer.Deserialize<BuildStamp>(stamp["value"].AsString, KnowledgeJson.Options)?.Id;
        return new Previous(id, articles, events);
    }

    private sealed record Previous(string? Id, Dictionary<string, string> Articles, Dictionary<string, int> Events);
}
