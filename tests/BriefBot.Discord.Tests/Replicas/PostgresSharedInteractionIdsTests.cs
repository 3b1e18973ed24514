namespace BriefBot.Discord.Tests.Replicas;

public sealed class PostgresSharedInteractionIdsTests() : SharedInteractionIdsTests(postgres: true);
