using BriefBot.Core.State;
using BriefBot.Core.State.Postgres;
using BriefBot.TestKit.State;
using Xunit;

namespace BriefBot.Core.Tests.State;

/// <summary>
/// Makes the bot state a behaviour suite runs against: each suite is an abstract class with one subclass per
/// store, so LiteDB and PostgreSQL pass the very same tests.
/// </summary>
public abstract class StateStores : IDisposable
{
    public static StateStores LiteDb() => new LiteDbStores();

    public static StateStores Postgres() => new PostgresStores();

    /// <summary>A new, empty store.</summary>
    public abstract IBotState Open();

    /// <summary>Another handle on the same state: another replica for PostgreSQL, the same process for LiteDB.</summary>
    public abstract IBotState OpenAgain(IBotState store);

    public abstract void Dispose();

    private sealed class LiteDbStores : StateStores
    {
        public override IBotState Open() => LiteDbBotState.InMemory();

        /// <summary>The file is one process's; a second handle is that process's store again.</summary>
        public override IBotState OpenAgain(IBotState store) => store;

        public override void Dispose()
        {
        }
    }

    private sealed class PostgresStores : StateStores
    {
        private readonly List<TestPostgres> _databases = [];
        private readonly List<IBotState> _opened = [];
        private readonly Dictionary<IBotState, string> _where = [];

        public override IBotState Open()
        {
            Assert.SkipWhen(TestPostgres.Server is null, TestPostgres.SkipReason);
            var database = TestPostgres.CreateDatabase();
            _databases.Add(database);
            return Track(PostgresBotState.Open(database.ConnectionString), database.ConnectionString);
        }

        public override IBotState OpenAgain(IBotState store) => Track(PostgresBotState.Open(_where[store]), _where[store]);

        private PostgresBotState Track(PostgresBotState store, string connectionString)
        {
            _opened.Add(store);
            _where[store] = connectionString;
            return store;
        }

        public override void Dispose()
        {
            foreach (var store in _opened)
            {
                store.Dispose();
            }

            foreach (var database in _databases)
            {
                database.Dispose();
            }
        }
    }
}
