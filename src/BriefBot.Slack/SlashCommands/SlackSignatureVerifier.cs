using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BriefBot.Slack.SlashCommands;

/// <summary>
/// Checks <c>X-Slack-Signature</c> = <c>v0=</c> + hex(HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + raw body)),
/// in constant time, and refuses timestamps more than five minutes from the injected clock (shared/protocols/slack.md §2.1).
/// Slash commands and interactivity are signed the same way.
/// </summary>
internal sealed class SlackSignatureVerifier
{
    /// <summary>Slack's replay window; python-slack-sdk takes the absolute difference, so future stamps fail too.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private const int HashBytes = 32;
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public SlackSignatureVerifier(string signingSecret, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(signingSecret);
        _key = Encoding.UTF8.GetBytes(signingSecret.Trim());
        _time = time;
    }

    public bool IsValid(string? signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        // Without a secret (Socket Mode only) nothing can be verified, so nothing passes.
        if (_key.Length == 0)
        {
            return false;
        }

        // "v0=" and 64 hex characters; any other version prefix is refused.
        if (signature is not { Length: 3 + (HashBytes * 2) } || !signature.StartsWith(Version + "=", StringComparison.Ordinal)
            || string.IsNullOrEmpty(timestamp) || timestamp.Length > 20 || !IsFresh(timestamp))
        {
            return false;
        }

        Span<byte> sent = stackalloc byte[HashBytes];
        if (Convert.FromHexString(signature.AsSpan(3), sent, out _, out var written) != System.Buffers.OperationStatus.Done || written != HashBytes)
        {
            return false;
        }

        var prefix = Encoding.ASCII.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        Span<byte> expected = stackalloc byte[HashBytes];
        HMACSHA256.HashData(_key, message, expected);
        return CryptographicOperations.FixedTimeEquals(expected, sent);
    }

    private bool IsFresh(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age.Duration() <= MaxAge;
    }
}
