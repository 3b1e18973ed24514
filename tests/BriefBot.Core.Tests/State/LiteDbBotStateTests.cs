namespace BriefBot.Core.Tests.State;

public sealed class LiteDbBotStateTests() : BotStateTests(StateStores.LiteDb());
