using BriefBot.Core.State.Postgres;
using BriefBot.Core.State.Replays;

namespace BriefBot.TestKit.State;

/// <summary>
/// Replay claims for replicas under test, as AddBotState gives them: one in-memory set that every "replica" of
/// one process shares, or a PostgreSQL database of its own with a separate connection pool per replica.
/// </summary>
public sealed class ReplicaClaims : IDisposable
{
    private readonly TimeProvider _time;
    private readonly TestPostgres? _database;
    private readonly InMemoryReplayClaims? _inMemory;
    private readonly List<PostgresBotState> _opened = [];

    private ReplicaClaims(TimeProvider time, TestPostgres? database)
    {
        _time = time;
        _database = database;
        _inMemory = database is null ? new InMemoryReplayClaims(time) : null;
    }

    public static ReplicaClaims InMemory(TimeProvider time) => new(time, null);

    /// <summary>Claims on a new test database; the caller skips first when <see cref="TestPostgres.Server"/> is null.</summary>
    public static ReplicaClaims Postgres(TimeProvider time) => new(time, TestPostgres.CreateDatabase());

    /// <summary>The claims one more replica uses.</summary>
    public IReplayClaims ForReplica()
    {
        if (_database is null)
        {
            return _inMemory!;
        }

        var state = PostgresBotState.Open(_database.ConnectionString);
        _opened.Add(state);
        return state.ReplayClaims(_time);
    }

    public void Dispose()
    {
        foreach (var state in _opened)
        {
            state.Dispose();
        }

        _database?.Dispose();
    }
}
