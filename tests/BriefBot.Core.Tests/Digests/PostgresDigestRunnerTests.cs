using BriefBot.Core.Tests.State;

namespace BriefBot.Core.Tests.Digests;

public sealed class PostgresDigestRunnerTests() : DigestRunnerTests(StateStores.Postgres());
