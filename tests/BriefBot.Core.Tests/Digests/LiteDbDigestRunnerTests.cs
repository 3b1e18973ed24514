using BriefBot.Core.Tests.State;

namespace BriefBot.Core.Tests.Digests;

public sealed class LiteDbDigestRunnerTests() : DigestRunnerTests(StateStores.LiteDb());
