using BriefBot.Core.Digests;
using BriefBot.Core.State.Deferred;
using BriefBot.Core.State.Replays;
using BriefBot.Core.State.Shards;
using Npgsql;

namespace BriefBot.Core.State.Postgres;

/// <summary>
/// Bot state in PostgreSQL, shared by every replica (<c>State__Provider=postgres</c>). The same collections as
/// the LiteDB file, as jsonb documents, plus a digest table whose primary key records each occurrence once.
/// Nothing is cached in memory: another replica may have written since.
/// </summary>
public sealed partial class PostgresBotState : IBotState
{
    private const string SubscriptionsCollection = "subscriptions";
    private const string ArticlesCollection = StateCollections.Articles;
    private const string EventsCollection = StateCollections.Events;
    private readonly NpgsqlDataSource _dataSource;

    private PostgresBotState(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>Connects and brings the schema up to date (safe when several replicas start at once).</summary>
    public static PostgresBotState Open(string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            PostgresMigrations.Apply(dataSource);
            return new PostgresBotState(dataSource);
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    public IReadOnlyList<Subscription> AllSubscriptions() =>
        [.. Read(c => PostgresDocuments.Many<Subscription>(c, null, SubscriptionsCollection)).Values.OrderBy(s => s.Id, StringComparer.Ordinal)];

    public Subscription? GetSubscription(string id) => Read(c => PostgresDocuments.Find<Subscription>(c, null, SubscriptionsCollection, id));

    public void SaveSubscription(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        Read(c =>
        {
            PostgresDocuments.Upsert(c, null, SubscriptionsCollection, [(subscription.Id, subscription)]);
            return 0;
        });
    }

    public bool RemoveSubscription(string id) => Read(c => PostgresDocuments.Delete(c, SubscriptionsCollection, id));

    /// <summary>Asked of the database each time: the pause may have been noted by another replica.</summary>
    public bool HasUnannouncedPause(string id) => Read(c =>
    {
        using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM briefbot_documents WHERE collection = @collection AND id = @id AND body->>'PausedReason' IS NOT NULL AND NOT (body->>'PauseAnnounced')::boolean)",
            c);
        command.Parameters.AddWithValue("collection", SubscriptionsCollection);
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteScalar() is true;
    });

    public IDeferredAnswerStore DeferredAnswers => new PostgresDeferredAnswers(_dataSource);

    public IStateDocuments<T> Documents<T>(string name, Func<T, string> idOf)
        where T : class => new PostgresStateDocuments<T>(_dataSource, name, idOf);

    /// <summary>Replay claims on the same database, so a request re-delivered to another replica is answered once.</summary>
    public IReplayClaims ReplayClaims(TimeProvider time) => new PostgresReplayClaims(_dataSource, time);

    /// <summary>Discord shard leases on the same database, so replicas split the shards and take over a dead one's.</summary>
    public PostgresShardLeases ShardLeases(TimeProvider time) => new(_dataSource, time);

    /// <summary>Session-start turns on the same database, so replicas together keep Discord's identify spacing.</summary>
    public IStartSlots StartSlots(TimeProvider time) => new PostgresStartSlots(_dataSource, time);

    public SeenArticle? GetArticle(string id) => Read(c => PostgresDocuments.Find<SeenArticle>(c, null, ArticlesCollection, id));

    public SeenEvent? GetEvent(string id) => Read(c => PostgresDocuments.Find<SeenEvent>(c, null, EventsCollection, id));

    public IReadOnlyList<SeenArticle> AllArticles() => [.. Read(c => PostgresDocuments.Many<SeenArticle>(c, null, ArticlesCollection)).Values];

    public IReadOnlyList<SeenEvent> AllEvents() => [.. Read(c => PostgresDocuments.Many<SeenEvent>(c, null, EventsCollection)).Values];

    private T Read<T>(Func<NpgsqlConnection, T> query)
    {
        using var connection = _dataSource.OpenConnection();
        return query(connection);
    }

    public void Dispose() => _dataSource.Dispose();
}
