using System.Globalization;
using NSec.Cryptography;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Checks <c>X-Signature-Ed25519</c> over <c>X-Signature-Timestamp</c> + the raw body bytes with the application's
/// public key (shared/protocols/discord.md §1.1). Discord sends bad signatures on purpose; each must fail.
/// </summary>
internal sealed class Ed25519SignatureVerifier
{
    /// <summary>Discord documents no maximum age; five minutes stops replays without tripping on clock skew.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private const int SignatureBytes = 64;
    private readonly PublicKey _publicKey;
    private readonly TimeProvider _time;

    public Ed25519SignatureVerifier(string publicKeyHex, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(publicKeyHex);
        _publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex.Trim()), KeyBlobFormat.RawPublicKey);
        _time = time;
    }

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || timestamp.Length > 32 || signatureHex is not { Length: SignatureBytes * 2 } || !signatureHex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        if (!IsFresh(timestamp))
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[SignatureBytes];
        Convert.FromHexString(signatureHex, signature, out _, out _);

        // The timestamp is signed verbatim, as ASCII, directly followed by the body bytes.
        var message = new byte[timestamp.Length + body.Length];
        for (var i = 0; i < timestamp.Length; i++)
        {
            message[i] = (byte)timestamp[i];
        }

        body.CopyTo(message.AsSpan(timestamp.Length));
        return SignatureAlgorithm.Ed25519.Verify(_publicKey, message, signature);
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
