using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace BriefBot.TestKit.Discord;

/// <summary>Signs interactions the way Discord does (Ed25519 over timestamp + body) with a key made for the test.</summary>
public sealed class InteractionSigner : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.None });

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string Sign(string timestamp, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(body);
        var message = Encoding.ASCII.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, message));
    }

    /// <summary>A POST as Discord would send it; <paramref name="signature"/> overrides the real one (null: none sent).</summary>
    public HttpRequestMessage Request(Uri url, string json, DateTimeOffset at, Func<string, string?>? signature = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = Timestamp(at);
        var real = Sign(timestamp, body);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        if ((signature is null ? real : signature(real)) is { } sent)
        {
            request.Headers.Add("X-Signature-Ed25519", sent);
        }

        return request;
    }

    public void Dispose() => _key.Dispose();
}
