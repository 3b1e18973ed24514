namespace BriefBot.Core.Tests.State.Shards;

public sealed class PostgresStartSlotsTests() : StartSlotsTests(StateStores.Postgres());
