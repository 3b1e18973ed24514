namespace BriefBot.Core.Digests;

/// <summary>Digest settings: where bot state and the local outbox live, and subscriptions from configuration.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digests";

    /// <summary>Bot state (subscriptions, what was seen and sent). Precious: back it up; never rebuilt.</summary>
    public string StatePath { get; set; } = Path.Combine("data", "state.db");

    /// <summary>Where outbox digests are written, as Markdown and JSON.</summary>
    public string OutboxDirectory { get; set; } = Path.Combine("data", "outbox");

    /// <summary>Subscriptions declared in configuration; the embedded default is one weekly outbox digest.</summary>
    public IList<SubscriptionSettings> Subscriptions { get; set; } = [];

    /// <summary>Slack user ids allowed to change digests; empty means everyone.</summary>
    public IList<string> SlackAdmins { get; set; } = [];
}
