using BriefBot.Core.Digests;
using BriefBot.Core.State.Deferred;

namespace BriefBot.Core.State;

/// <summary>
/// Bot state, apart from the rebuildable knowledge base: subscriptions, when each article and event was first
/// seen, each digest's window and delivery, and the shelf intake's feeds and items. Precious: never rebuilt.
/// <see cref="LiteDbBotState"/> (one file, one process) is the default; <see cref="Postgres.PostgresBotState"/>
/// lets several replicas share it.
/// </summary>
public interface IBotState : IDisposable
{
    IReadOnlyList<Subscription> AllSubscriptions();

    Subscription? GetSubscription(string id);

    void SaveSubscription(Subscription subscription);

    bool RemoveSubscription(string id);

    /// <summary>Whether the subscription is paused and its channel not yet told; cheap, as every command asks.</summary>
    bool HasUnannouncedPause(string id);

    DigestRecord? GetDigest(string id);

    /// <summary>The last digest that reached its channel, whose window end starts the next window.</summary>
    DigestRecord? LastSent(string subscriptionId);

    /// <summary>Digests recorded but not known to be delivered, oldest window first.</summary>
    IReadOnlyList<DigestRecord> PendingDigests(string subscriptionId);

    /// <summary>
    /// Records a digest before it is sent; returns the existing record when there is one. However many callers
    /// (threads or replicas) decide the same digest is due, it is recorded once and all get the same record.
    /// </summary>
    DigestRecord RecordPending(DigestRecord digest);

    void SaveDigest(DigestRecord digest);

    /// <summary>Every digest record, oldest window first: what <see cref="BotStateCopy"/> carries to another store.</summary>
    IReadOnlyList<DigestRecord> AllDigests();

    /// <summary>
    /// Sole right to deliver the subscription's digests until disposed, across every process sharing this state;
    /// null when another holds it and <paramref name="wait"/> is false.
    /// </summary>
    Task<IDisposable?> TryOwnDeliveryAsync(string subscriptionId, bool wait, CancellationToken cancellationToken);

    SeenArticle? GetArticle(string id);

    SeenEvent? GetEvent(string id);

    IReadOnlyList<SeenArticle> AllArticles();

    IReadOnlyList<SeenEvent> AllEvents();

    /// <summary>
    /// Notes what the shelf holds now. The first time, everything is back catalogue (first seen when published,
    /// or never), so the first digest is not a flood; afterwards new articles and events are stamped
    /// <paramref name="now"/>, changed articles are marked updated with what changed, articles gone from the
    /// shelf are marked removed, and events with more sources corroborated.
    /// </summary>
    void Observe(IEnumerable<ShelfArticle> articles, IEnumerable<(string Id, int Sources)> events, DateTime now, string? build = null);

    /// <summary>When the shelf was first noted and the build noted last; null before the first <see cref="Observe"/>.</summary>
    ObservationMarks? Marks();

    /// <summary>Takes another store's marks, so copied state does not take the next shelf for back catalogue.</summary>
    void RestoreMarks(ObservationMarks marks);

    /// <summary>The knowledge build last noted by <see cref="Observe"/> or <see cref="ObserveChanges"/>; null before any.</summary>
    string? ObservedBuild();

    /// <summary>
    /// Notes one build's changes on top of the build noted before it: only the articles and events it changed are
    /// read and written, so the cost follows the change, not the shelf. Before a first full
    /// <see cref="Observe"/> there is nothing to build on, and this does what Observe would for these articles.
    /// </summary>
    void ObserveChanges(IEnumerable<ShelfArticle> changed, IEnumerable<string> removed, IEnumerable<(string Id, int Sources)> events, DateTime now, string build);

    /// <summary>Acknowledged answers not yet sent, with the lease of the replica finishing each.</summary>
    IDeferredAnswerStore DeferredAnswers { get; }

    /// <summary>Documents of their own for another feature whose state is as precious (the shelf's sources and items).</summary>
    IStateDocuments<T> Documents<T>(string name, Func<T, string> idOf)
        where T : class;
}
