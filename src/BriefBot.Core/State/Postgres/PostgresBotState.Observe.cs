using BriefBot.Core.Digests;
using Npgsql;

namespace BriefBot.Core.State.Postgres;

public sealed partial class PostgresBotState
{
    private const string MetaCollection = "meta";
    private const string MetaBootstrapped = "bootstrapped";
    private const string MetaObservedBuild = "observedBuild";

    /// <summary>Advisory lock key for noting the shelf ("BriefObs"): replicas note one build after another, never interleaved.</summary>
    private const long ObserveLockKey = 0x4272_6965_664F_6273;

    public void Observe(IEnumerable<ShelfArticle> articles, IEnumerable<(string Id, int Sources)> events, DateTime now, string? build = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(events);
        InObservation((connection, transaction, bootstrapping) =>
        {
            var seen = PostgresDocuments.Many<SeenArticle>(connection, transaction, ArticlesCollection);
            var written = new List<(string, SeenArticle)>();
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                present.Add(article.Id);
                if (ShelfObservation.Note(seen.GetValueOrDefault(article.Id), article, bootstrapping, now) is { } noted)
                {
                    written.Add((article.Id, noted));
                }
            }

            // An empty shelf is more likely a failed load than a team deleting everything: remove nothing then.
            if (present.Count > 0)
            {
                written.AddRange(seen.Values.Where(a => !present.Contains(a.Id)).Select(a => ShelfObservation.NoteRemoved(a, now)).OfType<SeenArticle>().Select(a => (a.Id, a)));
            }

            PostgresDocuments.Upsert(connection, transaction, ArticlesCollection, written);
            NoteEvents(connection, transaction, [.. events], bootstrapping, now);
            if (bootstrapping)
            {
                PostgresDocuments.Upsert(connection, transaction, MetaCollection, [(MetaBootstrapped, new MetaValue { Value = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture) })]);
            }

            NoteBuild(connection, transaction, build);
        });
    }

    public ObservationMarks? Marks() => Read(c =>
        PostgresDocuments.Find<MetaValue>(c, null, MetaCollection, MetaBootstrapped) is { } bootstrapped
            ? new ObservationMarks(DateTime.Parse(bootstrapped.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind).ToUniversalTime(), PostgresDocuments.Find<MetaValue>(c, null, MetaCollection, MetaObservedBuild)?.Value)
            : null);

    public void RestoreMarks(ObservationMarks marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        Read(c =>
        {
            PostgresDocuments.Upsert(c, null, MetaCollection, [(MetaBootstrapped, new MetaValue { Value = marks.BootstrappedUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture) })]);
            if (marks.ObservedBuild is { } build)
            {
                PostgresDocuments.Upsert(c, null, MetaCollection, [(MetaObservedBuild, new MetaValue { Value = build })]);
            }

            return 0;
        });
    }

    public string? ObservedBuild() => Read(c => PostgresDocuments.Find<MetaValue>(c, null, MetaCollection, MetaObservedBuild))?.Value;

    public void ObserveChanges(IEnumerable<ShelfArticle> changed, IEnumerable<string> removed, IEnumerable<(string Id, int Sources)> events, DateTime now, string build)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(events);
        InObservation((connection, transaction, bootstrapping) =>
        {
            var articles = changed.ToList();
            var gone = removed.ToList();
            var seen = PostgresDocuments.Many<SeenArticle>(connection, transaction, ArticlesCollection, [.. articles.Select(a => a.Id), .. gone]);
            var written = new Dictionary<string, SeenArticle>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                if (ShelfObservation.Note(written.GetValueOrDefault(article.Id) ?? seen.GetValueOrDefault(article.Id), article, bootstrapping, now) is { } noted)
                {
                    written[article.Id] = noted;
                }
            }

            foreach (var id in gone)
            {
                if (ShelfObservation.NoteRemoved(written.GetValueOrDefault(id) ?? seen.GetValueOrDefault(id), now) is { } noted)
                {
                    written[id] = noted;
                }
            }

            PostgresDocuments.Upsert(connection, transaction, ArticlesCollection, written.Select(w => (w.Key, w.Value)));
            NoteEvents(connection, transaction, [.. events], bootstrapping, now);
            NoteBuild(connection, transaction, build);
        });
    }

    /// <summary>One transaction under the observation lock, told whether the shelf was ever noted before.</summary>
    private void InObservation(Action<NpgsqlConnection, NpgsqlTransaction, bool> note)
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", ObserveLockKey);
            lockCommand.ExecuteNonQuery();
        }

        var bootstrapping = PostgresDocuments.Find<MetaValue>(connection, transaction, MetaCollection, MetaBootstrapped) is null;
        note(connection, transaction, bootstrapping);
        transaction.Commit();
    }

    private static void NoteEvents(NpgsqlConnection connection, NpgsqlTransaction transaction, List<(string Id, int Sources)> events, bool bootstrapping, DateTime now)
    {
        var seen = PostgresDocuments.Many<SeenEvent>(connection, transaction, EventsCollection, [.. events.Select(e => e.Id)]);
        var written = new Dictionary<string, SeenEvent>(StringComparer.Ordinal);
        foreach (var (id, sources) in events)
        {
            if (ShelfObservation.Note(written.GetValueOrDefault(id) ?? seen.GetValueOrDefault(id), id, sources, bootstrapping, now) is { } noted)
            {
                written[id] = noted;
            }
        }

        PostgresDocuments.Upsert(connection, transaction, EventsCollection, written.Select(w => (w.Key, w.Value)));
    }

    private static void NoteBuild(NpgsqlConnection connection, NpgsqlTransaction transaction, string? build)
    {
        if (build is not null)
        {
            PostgresDocuments.Upsert(connection, transaction, MetaCollection, [(MetaObservedBuild, new MetaValue { Value = build })]);
        }
    }

    /// <summary>A meta document: the observed build, or when the shelf was first noted.</summary>
    private sealed class MetaValue
    {
        public string Value { get; set; } = "";
    }
}
