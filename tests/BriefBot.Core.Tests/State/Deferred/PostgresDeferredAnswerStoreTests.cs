namespace BriefBot.Core.Tests.State.Deferred;

public sealed class PostgresDeferredAnswerStoreTests() : DeferredAnswerStoreTests(StateStores.Postgres());
