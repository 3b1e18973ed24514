namespace BriefBot.Core.Tests.State.Replays;

public sealed class LiteDbReplayClaimsTests() : ReplayClaimsTests(StateStores.LiteDb());
