using BriefBot.Core.Replies;
using BriefBot.Slack.Rendering;

namespace BriefBot.Slack.WebApi;

/// <summary>
/// Posts digests into Slack channels with chat.postMessage. Slack has no idempotency key, so each digest carries
/// its id in message metadata; after a crash the channel's recent history tells whether it arrived (§3.3, §5).
/// </summary>
internal sealed class SlackChannelPublisher(SlackWebApiClient api, SlackReplyRenderer renderer) : IChannelPublisher
{
    public const string EventType = "briefbot_digest";
    public const string DigestIdKey = "digest_id";
    private const int RecentMessages = 50;

    // Retrying cannot help with these; the subscription is paused and says why (§3.4).
    private static readonly HashSet<string> Permanent = new(StringComparer.Ordinal)
    {
        "channel_not_found", "is_archived", "not_in_channel", "invalid_auth", "account_inactive", "token_revoked",
        "not_authed", "missing_scope", "restricted_action", "ekm_access_denied",
    };

    public string Platform => "slack";

    public async Task<PublishResult> PublishAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var rendered = renderer.Render(message.Reply with { IsEphemeral = false });
        var metadata = new MessageMetadata(EventType, new Dictionary<string, string>(StringComparer.Ordinal) { [DigestIdKey] = message.IdempotencyKey });
        try
        {
            var posted = await api.PostMessageAsync(message.Channel, rendered, metadata, cancellationToken);
            return new PublishResult(posted.Ts is { } ts ? [ts] : []);
        }
        catch (SlackApiException ex)
        {
            throw new PublishException(ex.Message, ex.Error is { } error && (Permanent.Contains(error) || ex.IsTokenProblem), ex);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The connection dropped or timed out: the message may or may not have arrived; the channel lookup
            // by digest id makes the retry safe.
            throw new PublishException("Slack could not be reached: " + ex.Message, isPermanent: false, ex);
        }
    }

    public async Task<PublishResult?> FindAsync(string channel, string idempotencyKey, CancellationToken cancellationToken)
    {
        try
        {
            var recent = await api.RecentMessagesAsync(channel, RecentMessages, cancellationToken);
            var found = recent.FirstOrDefault(m => m.Payload.TryGetValue(DigestIdKey, out var id) && id == idempotencyKey);
            return found.Ts is { Length: > 0 } ts ? new PublishResult([ts]) : null;
        }
        catch (SlackApiException)
        {
            // Without history access (channels:history) the channel cannot tell; the digest is sent once more.
            return null;
        }
    }
}
