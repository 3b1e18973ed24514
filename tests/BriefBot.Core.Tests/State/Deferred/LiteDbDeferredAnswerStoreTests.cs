namespace BriefBot.Core.Tests.State.Deferred;

public sealed class LiteDbDeferredAnswerStoreTests() : DeferredAnswerStoreTests(StateStores.LiteDb());
