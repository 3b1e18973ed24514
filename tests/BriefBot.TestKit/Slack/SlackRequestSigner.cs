using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace BriefBot.TestKit.Slack;

/// <summary>Signs requests the way Slack does (v0 HMAC-SHA256 over "v0:timestamp:body") with a secret made for the test.</summary>
public sealed class SlackRequestSigner
{
    public string SigningSecret { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string Sign(string timestamp, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(body);
        var message = Encoding.ASCII.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), message));
    }

    /// <summary>
    /// A form POST as Slack would send it, signed at <paramref name="at"/>; <paramref name="signature"/> overrides the
    /// real signature (null: none sent); <paramref name="retryNum"/> adds <c>X-Slack-Retry-Num</c>.
    /// </summary>
    public HttpRequestMessage Request(Uri url, string form, DateTimeOffset at, Func<string, string?>? signature = null, int? retryNum = null)
    {
        var body = Encoding.UTF8.GetBytes(form);
        var timestamp = Timestamp(at);
        var real = Sign(timestamp, body);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        if ((signature is null ? real : signature(real)) is { } sent)
        {
            request.Headers.Add("X-Slack-Signature", sent);
        }

        if (retryNum is { } retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }
}
