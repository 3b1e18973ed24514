using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Transports;

namespace BriefBot.Host.Endpoints;

/// <summary>What /readyz reports, in the JSON shape it answers with.</summary>
internal sealed record Readiness(bool Ready, Readiness.Base KnowledgeBase, IReadOnlyList<Readiness.Transport> Transports)
{
    public static Readiness Of(KnowledgeStore store, TransportHealth transports, bool requireCurrent)
    {
        var loaded = store.IsLoaded;
        var version = store.BaseVersion;
        var shelf = ShelfVersion.Current(store.KnowledgeDirectory);
        var current = version == shelf;
        var states = transports.Snapshot();
        var knowledge = new Base(loaded, loaded ? store.Read(r => r.ArticleCount) : null, version, shelf, current);
        var ready = loaded && states.All(s => s.Connected) && (current || !requireCurrent);
        return new Readiness(ready, knowledge, [.. states.Select(s => new Transport(s.Name, s.Connected, s.Detail))]);
    }

    /// <summary>
    /// The knowledge base: <c>Version</c> is the shelf version it was built from (or found current with), null before
    /// the first build; <c>ShelfVersion</c> is the shelf's now, from its file stamps; <c>Current</c> when they agree.
    /// </summary>
    internal sealed record Base(bool Loaded, int? Articles, string? Version, string ShelfVersion, bool Current);

    internal sealed record Transport(string Name, bool Connected, string Detail);
}
