namespace BriefBot.Core.Tests.State.Shards;

public sealed class InMemoryStartSlotsTests() : StartSlotsTests(StateStores.LiteDb());
