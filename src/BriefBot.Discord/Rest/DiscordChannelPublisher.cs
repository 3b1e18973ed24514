using System.Net;
using System.Security.Cryptography;
using System.Text;
using BriefBot.Core.Replies;
using BriefBot.Discord.Rendering;

namespace BriefBot.Discord.Rest;

/// <summary>
/// Posts digests into Discord channels. Each carries a nonce derived from the digest id with
/// <c>enforce_nonce</c>, so a retry returns the first message instead of a duplicate; the id also sits in the
/// footer, so after a crash the channel's recent messages tell whether it arrived (§3.1, shared/protocols).
/// </summary>
internal sealed class DiscordChannelPublisher(DiscordRestClient rest, DiscordReplyRenderer renderer) : IChannelPublisher
{
    private const int NonceLength = 25;
    private const int RecentMessages = 50;

    // Unknown channel, missing access, missing permissions: retrying cannot help (§4.6).
    private static readonly HashSet<int> PermanentCodes = [10003, 50001, 50013];

    public string Platform => "discord";

    public async Task<PublishResult> PublishAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var nonce = Nonce(message.IdempotencyKey);
        var rendered = renderer.Render(message.Reply with { IsEphemeral = false });
        var embeds = rendered.Embeds.ToList();
        if (embeds.Count > 0)
        {
            var first = embeds[0];
            var footer = first.Footer is null ? $"digest {nonce}" : $"{first.Footer.Text} · digest {nonce}";
            embeds[0] = first with { Footer = new EmbedFooter(footer) };
        }

        var body = rendered with { Embeds = embeds, Components = [], Flags = null, Nonce = nonce, EnforceNonce = true };
        try
        {
            var id = await rest.CreateMessageAsync(message.Channel, body, cancellationToken);
            return new PublishResult(id is null ? [] : [id]);
        }
        catch (DiscordRestException ex)
        {
            var permanent = ex.Code is { } code && PermanentCodes.Contains(code) || ex.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden;
            throw new PublishException($"Discord refused the digest: {ex.Message}", permanent, ex);
        }
        catch (ArgumentException ex)
        {
            throw new PublishException($"“{message.Channel}” is not a Discord channel id.", isPermanent: true, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The connection dropped or timed out: the message may or may not have arrived. The nonce and the
            // channel lookup make the retry safe.
            throw new PublishException("Discord could not be reached: " + ex.Message, isPermanent: false, ex);
        }
    }

    public async Task<PublishResult?> FindAsync(string channel, string idempotencyKey, CancellationToken cancellationToken)
    {
        var marker = "digest " + Nonce(idempotencyKey);
        foreach (var posted in await rest.GetRecentMessagesAsync(channel, RecentMessages, cancellationToken))
        {
            var raw = posted.GetRawText();
            if (raw.Contains(marker, StringComparison.Ordinal) && posted.TryGetProperty("id", out var id))
            {
                return new PublishResult([id.GetString() ?? ""]);
            }
        }

        return null;
    }

    /// <summary>Discord nonces are at most 25 characters; the digest id is hashed to fit and stay stable.</summary>
    public static string Nonce(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..NonceLength];
}
