namespace BriefBot.Slack.Tests.Replicas;

public sealed class InMemorySharedReplayTests() : SharedReplayTests(postgres: false);
