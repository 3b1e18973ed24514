namespace BriefBot.Discord.Tests.Replicas;

public sealed class InMemorySharedInteractionIdsTests() : SharedInteractionIdsTests(postgres: false);
