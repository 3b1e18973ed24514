namespace BriefBot.Core.Tests.State.Replays;

public sealed class PostgresReplayClaimsTests() : ReplayClaimsTests(StateStores.Postgres());
