namespace BriefBot.Slack.Tests.Replicas;

public sealed class PostgresSharedReplayTests() : SharedReplayTests(postgres: true);
