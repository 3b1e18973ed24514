using BriefBot.Core.Digests;
using BriefBot.Core.State.Deferred;
using LiteDB;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.State;

/// <summary>
/// Bot state in its own LiteDB file, apart from the rebuildable knowledge base: the default, for one process.
/// Rebuilding or deleting the knowledge base never touches it, so old articles never look new again.
/// </summary>
public sealed class LiteDbBotState : IBotState
{
    private const string MetaBootstrapped = "bootstrapped";
    private const string MetaObservedBuild = "observedBuild";
    private readonly LiteDatabase _db;
    private readonly Lock _gate = new();

    /// <summary>Apart from <see cref="_gate"/>, which an observation holds for long: an answer is recorded within Discord's 3 s.</summary>
    private readonly Lock _deferredGate = new();
    private readonly DeliveryOwners _owners = new();

    /// <summary>Paused subscriptions whose channel was not told yet, so a command need not read state to find none.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _unannouncedPauses = new(StringComparer.Ordinal);

    public LiteDbBotState(IOptions<DigestOptions> options)
        : this(Open(options?.Value.StatePath ?? throw new ArgumentNullException(nameof(options))))
    {
    }

    private LiteDbBotState(LiteDatabase db)
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
    public static LiteDbBotState InMemory() => new(new LiteDatabase(new MemoryStream(), new BsonMapper()));

    private ILiteCollection<Subscription> Subscriptions => _db.GetCollection<Subscription>("subscriptions");

    private ILiteCollection<DigestRecord> Digests => _db.GetCollection<DigestRecord>("digests");

    private ILiteCollection<SeenArticle> Articles => _db.GetCollection<SeenArticle>(StateCollections.Articles);

    private ILiteCollection<SeenEvent> Events => _db.GetCollection<SeenEvent>(StateCollections.Events);

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

    /// <summary>Answered from memory: this process is the file's only writer.</summary>
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

    public DigestRecord? LastSent(string subscriptionId) => Digests
        .Find(d => d.SubscriptionId == subscriptionId && d.Status == DigestStatus.Sent)
        .OrderByDescending(d => d.WindowEndUtc)
        .FirstOrDefault();

    public IReadOnlyList<DigestRecord> PendingDigests(string subscriptionId) => [.. Digests
        .Find(d => d.SubscriptionId == subscriptionId && d.Status == DigestStatus.Pending)
        .OrderBy(d => d.WindowEndUtc)];

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

    public IReadOnlyList<DigestRecord> AllDigests() => [.. Digests.FindAll().OrderBy(d => d.WindowEndUtc).ThenBy(d => d.Id, StringComparer.Ordinal)];

    public ObservationMarks? Marks()
    {
        var meta = _db.GetCollection("meta");
        return meta.FindById(MetaBootstrapped) is { } bootstrapped
            ? new ObservationMarks(bootstrapped["at"].AsDateTime.ToUniversalTime(), ObservedBuild())
            : null;
    }

    public void RestoreMarks(ObservationMarks marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        lock (_gate)
        {
            _db.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = MetaBootstrapped, ["at"] = marks.BootstrappedUtc });
            NoteBuild(marks.ObservedBuild);
        }
    }

    /// <summary>Owners in this process only: the file is opened by one process (Direct connection).</summary>
    public Task<IDisposable?> TryOwnDeliveryAsync(string subscriptionId, bool wait, CancellationToken cancellationToken) =>
        _owners.TryOwnAsync(subscriptionId, wait, cancellationToken);

    public IDeferredAnswerStore DeferredAnswers => new LiteDbDeferredAnswers(_db.GetCollection<DeferredAnswerRecord>(LiteDbDeferredAnswers.Collection), _deferredGate);

    public IStateDocuments<T> Documents<T>(string name, Func<T, string> idOf)
        where T : class => new LiteDbStateDocuments<T>(_db.GetCollection<T>(name), idOf, _gate);

    public SeenArticle? GetArticle(string id) => Articles.FindById(id);

    public SeenEvent? GetEvent(string id) => Events.FindById(id);

    public IReadOnlyList<SeenArticle> AllArticles() => [.. Articles.FindAll()];

    public IReadOnlyList<SeenEvent> AllEvents() => [.. Events.FindAll()];

    public void Observe(IEnumerable<ShelfArticle> articles, IEnumerable<(string Id, int Sources)> events, DateTime now, string? build = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(events);
        lock (_gate)
        {
            InOneTransaction(() => ObserveAll(articles, events, now, build));
        }
    }

    private void ObserveAll(IEnumerable<ShelfArticle> articles, IEnumerable<(string Id, int Sources)> events, DateTime now, string? build)
    {
        var meta = _db.GetCollection("meta");
        var bootstrapping = meta.FindById(MetaBootstrapped) is null;

        // Scanned before anything is written: LiteDB's scan of a collection the same large transaction has
        // already rewritten fails ("Detected loop in FindAll").
        var current = Articles.Find(a => a.RemovedUtc == null).ToList();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            present.Add(article.Id);
            Write(ShelfObservation.Note(Articles.FindById(article.Id), article, bootstrapping, now));
        }

        // An empty shelf is more likely a failed load than a team deleting everything: remove nothing then.
        if (present.Count > 0)
        {
            foreach (var gone in current.Where(a => !present.Contains(a.Id)))
            {
                Write(ShelfObservation.NoteRemoved(gone, now));
            }
        }

        NoteEvents(events, bootstrapping, now);
        if (bootstrapping)
        {
            meta.Upsert(new BsonDocument { ["_id"] = MetaBootstrapped, ["at"] = now });
        }

        NoteBuild(build);
    }

    public string? ObservedBuild() => _db.GetCollection("meta").FindById(MetaObservedBuild)?["value"].AsString;

    public void ObserveChanges(IEnumerable<ShelfArticle> changed, IEnumerable<string> removed, IEnumerable<(string Id, int Sources)> events, DateTime now, string build)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(events);
        lock (_gate)
        {
            InOneTransaction(() => ObserveSome(changed, removed, events, now, build));
        }
    }

    private void ObserveSome(IEnumerable<ShelfArticle> changed, IEnumerable<string> removed, IEnumerable<(string Id, int Sources)> events, DateTime now, string build)
    {
        var bootstrapping = _db.GetCollection("meta").FindById(MetaBootstrapped) is null;
        foreach (var article in changed)
        {
            Write(ShelfObservation.Note(Articles.FindById(article.Id), article, bootstrapping, now));
        }

        foreach (var id in removed)
        {
            Write(ShelfObservation.NoteRemoved(Articles.FindById(id), now));
        }

        NoteEvents(events, bootstrapping, now);
        NoteBuild(build);
    }

    /// <summary>
    /// One commit for a whole observation: all of it or none survives a crash, and the file is flushed once
    /// instead of once per article and event (a first observation of 10,000 articles spent minutes in flushes).
    /// </summary>
    private void InOneTransaction(Action observe)
    {
        _db.BeginTrans();
        try
        {
            observe();
            _db.Commit();
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }

    private void Write(SeenArticle? noted)
    {
        if (noted is not null)
        {
            Articles.Upsert(noted);
        }
    }

    private void NoteEvents(IEnumerable<(string Id, int Sources)> events, bool bootstrapping, DateTime now)
    {
        foreach (var (id, sources) in events)
        {
            if (ShelfObservation.Note(Events.FindById(id), id, sources, bootstrapping, now) is { } noted)
            {
                Events.Upsert(noted);
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

    public void Dispose()
    {
        _owners.Dispose();
        _db.Dispose();
    }
}
