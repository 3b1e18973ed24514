using BriefBot.Core.Tests.State;

namespace BriefBot.Core.Tests.Replies.Deferred;

public sealed class PostgresDeferredAnswerSweeperTests() : DeferredAnswerSweeperTests(StateStores.Postgres());
