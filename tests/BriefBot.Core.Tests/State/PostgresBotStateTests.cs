namespace BriefBot.Core.Tests.State;

public sealed class PostgresBotStateTests() : BotStateTests(StateStores.Postgres());
