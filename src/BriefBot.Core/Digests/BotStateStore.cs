using LiteDB;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Digests;

/// <summary>
/// Bot state in its own LiteDB file, apart from the rebuildable knowledge base: subscriptions, when each article
/// and event was first seen, and each digest's window and delivery. Rebuilding or deleting the knowledge base
/// never touches it, so old articles never look new again.
/// </summary>
public sealed class BotStateStore : IDisposable
{
    private const string MetaBootstrapped = "bootstrapped";
    private const string MetaObservedBuild = "observedBuild";
    private readonly LiteDatabase _db;
    private readonly Lock _gate = new();

    /// <summary>Paused subscriptions whose channel was not told yet, so a command need not read state to find none.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _unannouncedPauses = new(StringComparer.Ordinal);

    public BotStateStore(IOptions<DigestOptions> options)
        : this(Open(options?.Value.StatePath ?? throw new ArgumentNullException(nameof(options))))
    {
    }

    private BotStateStore(LiteDatabase db)
    {
        _db = db;
        Subscriptions.EnsureIndex(s => s.Platform);
        Digests.EnsureIndex(d => d.SubscriptionId);
        foreach (var subscription in Subscriptions.FindAll())
        {
            NotePause(subscription);
        }
    }

    /// <summary>A store in memory, for tests.</summary>
    public static BotStateStore InMemory() => new(new LiteDatabase(new MemoryStream(), new BsonMapper()));

    private ILiteCollection<Subscription> Subscriptions => _db.GetCollection<Subscription>("subscriptions");

    private ILiteCollection<DigestRecord> Digests => _db.GetCollection<DigestRecord>("digests");

    private ILiteCollection<SeenArticle> Articles => _db.GetCollection<SeenArticle>("articles");

    private ILiteCollection<SeenEvent> Events => _db.GetCollection<SeenEvent>("events");

    public IReadOnlyList<Subscription> AllSubscriptions() => [.. Subscriptions.FindAll().OrderBy(s => s.Id, StringComparer.Ordinal)];

    public Subscription? GetSubscription(string id) => Subscriptions.FindById(id);

    public void SaveSubscription(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        Subscriptions.Upsert(subscription);
        NotePause(subscription);
    }

    public bool RemoveSubscription(string id)
    {
        _unannouncedPauses.TryRemove(id, out _);
        return Subscriptions.Delete(id);
    }

    /// <summary>Whether the subscription is paused and its channel not yet told; answered from memory.</summary>
    public bool HasUnannouncedPause(string id) => _unannouncedPauses.ContainsKey(id);

    private void NotePause(Subscription subscription)
    {
        if (subscription.PausedReason is not null && !subscription.PauseAnnounced)
        {
            _unannouncedPauses[subscription.Id] = 0;
        }
        else
        {
            _unannouncedPauses.TryRemove(subscription.Id, out _);
        }
    }

    public DigestRecord? GetDigest(string id) => Digests.FindById(id);

    /// <summary>The last digest that reached its channel, whose window end starts the next window.</summary>
    public DigestRecord? LastSent(string subscriptionId) => Digests
        .Find(d => d.SubscriptionId == subscriptionId && d.Status == DigestStatus.Sent)
        .OrderByDescending(d => d.WindowEndUtc)
        .FirstOrDefault();

    /// <summary>Digests recorded but not known to be delivered, oldest window first.</summary>
    public IReadOnlyList<DigestRecord> PendingDigests(string subscriptionId) => [.. Digests
        .Find(d => d.SubscriptionId == subscriptionId && d.Status == DigestStatus.Pending)
        .OrderBy(d => d.WindowEndUtc)];

    /// <summary>Records a digest before it is sent; returns the existing record when there is one.</summary>
    public DigestRecord RecordPending(DigestRecord digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        lock (_gate)
        {
            var existing = Digests.FindById(digest.Id);
            if (existing is not null)
            {
                return existing;
            }

            digest.Status = DigestStatus.Pending;
            Digests.Insert(digest);
            return digest;
        }
    }

    public void SaveDigest(DigestRecord digest) => Digests.Upsert(digest);

    /// <summary>A collection of its own for another feature whose state is as precious (the shelf's sources and items).</summary>
    internal ILiteCollection<T> Collection<T>(string name) => _db.GetCollection<T>(name);

    public SeenArticle? GetArticle(string id) => Articles.FindById(id);

    public SeenEvent? GetEvent(string id) => Events.FindById(id);

    public IReadOnlyList<SeenArticle> AllArticles() => [.. Articles.FindAll()];

    public IReadOnlyList<SeenEvent> AllEvents() => [.. Events.FindAll()];

    /// <summary>
    /// Notes what the shelf holds now. The first time, everything is back catalogue (first seen when published,
    /// or never), so the first digest is not a flood; afterwards new articles and events are stamped
    /// <paramref name="now"/>, changed articles are marked updated with what changed, articles gone from the
    /// shelf are marked removed, and events with more sources corroborated.
    /// </summary>
    public void Observe(IEnumerable<ShelfArticle> articles, IEnumerable<(string Id, int Sources)> events, DateTime now, string? build = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(events);
        lock (_gate)
        {
            var meta = _db.GetCollection("meta");
            var bootstrapping = meta.FindById(MetaBootstrapped) is null;
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                present.Add(article.Id);
                NoteArticle(article, bootstrapping, now);
            }

            // An empty shelf is more likely a failed load than a team deleting everything: remove nothing then.
            if (present.Count > 0)
            {
                foreach (var gone in Articles.Find(a => a.RemovedUtc == null).Where(a => !present.Contains(a.Id)).ToList())
                {
                    gone.RemovedUtc = now;
                    Articles.Update(gone);
                }
            }

            NoteEvents(events, bootstrapping, now);
            if (bootstrapping)
            {
                meta.Upsert(new BsonDocument { ["_id"] = MetaBootstrapped, ["at"] = now });
            }

            NoteBuild(build);
        }
    }

    /// <summary>The knowledge build last noted by <see cref="Observe"/> or <see cref="ObserveChanges"/>; null before any.</summary>
    public string? ObservedBuild() => _db.GetCollection("meta").FindById(MetaObservedBuild)?["value"].AsString;

    /// <summary>
    /// Notes one build's changes on top of the build noted before it: only the articles and events it changed are
    /// read and written, so the cost follows the change, not the shelf. Before a first full
    /// <see cref="Observe"/> there is nothing to build on, and this does what Observe would for these articles.
    /// </summary>
    public void ObserveChanges(IEnumerable<ShelfArticle> changed, IEnumerable<string> removed, IEnumerable<(string Id, int Sources)> events, DateTime now, string build)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(events);
        lock (_gate)
        {
            var bootstrapping = _db.GetCollection("meta").FindById(MetaBootstrapped) is null;
            foreach (var article in changed)
            {
                NoteArticle(article, bootstrapping, now);
            }

            foreach (var gone in removed.Select(id => Articles.FindById(id)).OfType<SeenArticle>().Where(a => a.RemovedUtc is null))
            {
                gone.RemovedUtc = now;
                Articles.Update(gone);
            }

            NoteEvents(events, bootstrapping, now);
            NoteBuild(build);
        }
    }

    private void NoteArticle(ShelfArticle article, bool bootstrapping, DateTime now)
    {
        var seen = Articles.FindById(article.Id);
        if (seen is null)
        {
            var first = bootstrapping ? article.Published?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? DateTime.MinValue : now;
            Articles.Insert(new SeenArticle { Id = article.Id, Title = article.Title, ContentHash = article.Hash, FirstSeenUtc = first, Paragraphs = article.ParagraphHashes.Count, ParagraphHashes = [.. article.ParagraphHashes] });
        }
        else if (seen.ContentHash != article.Hash || seen.RemovedUtc is not null)
        {
            NoteChange(seen, article, now);
            Articles.Update(seen);
        }
    }

    private void NoteEvents(IEnumerable<(string Id, int Sources)> events, bool bootstrapping, DateTime now)
    {
        foreach (var (id, sources) in events)
        {
            var seen = Events.FindById(id);
            if (seen is null)
            {
                Events.Insert(new SeenEvent { Id = id, FirstSeenUtc = bootstrapping ? DateTime.MinValue : now, Sources = sources });
            }
            else if (sources > seen.Sources)
            {
                seen.SourcesBefore = seen.Sources;
                seen.Sources = sources;
                seen.CorroboratedUtc = now;
                Events.Update(seen);
            }
        }
    }

    private void NoteBuild(string? build)
    {
        if (build is not null)
        {
            _db.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = MetaObservedBuild, ["value"] = build });
        }
    }

    private static void NoteChange(SeenArticle seen, ShelfArticle article, DateTime now)
    {
        seen.RemovedUtc = null;
        var diff = seen.ParagraphHashes.Count > 0 ? ParagraphDiff.Compare([.. seen.ParagraphHashes], article.ParagraphHashes) : null;
        var titleBefore = seen.Title.Length > 0 && !string.Equals(seen.Title, article.Title, StringComparison.Ordinal) ? seen.Title : null;

        // Front matter or whitespace alone (same text, same title) is not an update worth a digest line.
        if (seen.ContentHash != article.Hash && (diff is not { IsEmpty: true } || titleBefore is not null))
        {
            seen.HasParagraphDiff = diff is not null;
            seen.AddedParagraphs = [.. diff?.Added ?? []];
            seen.EditedParagraphs = [.. diff?.Edited ?? []];
            seen.RemovedParagraphs = diff?.Removed ?? 0;
            seen.TitleBefore = titleBefore;
            seen.ParagraphsBefore = seen.Paragraphs;
            seen.ChangedUtc = now;
        }

        seen.Title = article.Title;
        seen.Paragraphs = article.ParagraphHashes.Count;
        seen.ParagraphHashes = [.. article.ParagraphHashes];
        seen.ContentHash = article.Hash;
    }

    private static LiteDatabase Open(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        LiteDatabase? db = null;
        try
        {
            db = new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, new BsonMapper());
            _ = db.GetCollectionNames().ToList();
            return db;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or UnauthorizedAccessException or IOException))
        {
            // Unlike the knowledge base, bot state is not rebuildable (subscriptions, what was seen and sent): never
            // replaced silently. LiteDB reports damage with whatever failed first, hence the broad filter.
            db?.Dispose();
            throw new InvalidDataException($"the bot state file {full} is unreadable ({ex.GetType().Name}). It is not rebuilt, as it holds the subscriptions and what was sent: stop BriefBot, restore {full} from a backup (or move it aside to start again with no subscriptions), then start again.", ex);
        }
    }

    public void Dispose() => _db.Dispose();
}
