using BriefBot.Core.Tests.State;

namespace BriefBot.Core.Tests.Digests;

public sealed class PostgresDigestOwnershipTests() : DigestOwnershipTests(StateStores.Postgres());
