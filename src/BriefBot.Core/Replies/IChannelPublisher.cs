namespace BriefBot.Core.Replies;

/// <summary>
/// Posts a reply into a channel: the outbound half of the platform seam, one implementation per platform
/// (local outbox, Discord, Slack). The idempotency key travels with the message so a resend after a crash
/// can be recognised.
/// </summary>
public interface IChannelPublisher
{
    /// <summary>"outbox", "discord" or "slack": what subscriptions name in their platform.</summary>
    string Platform { get; }

    Task<PublishResult> PublishAsync(ChannelMessage message, CancellationToken cancellationToken);

    /// <summary>Looks for a message already sent with <paramref name="idempotencyKey"/>; null when none is found or the platform cannot tell.</summary>
    Task<PublishResult?> FindAsync(string channel, string idempotencyKey, CancellationToken cancellationToken);
}

/// <summary>A reply bound for a channel, with the key that identifies it across retries.</summary>
public sealed record ChannelMessage(string Channel, Reply Reply, string IdempotencyKey);

/// <summary>The platform's ids of the message or messages a reply became.</summary>
public sealed record PublishResult(IReadOnlyList<string> MessageIds);
