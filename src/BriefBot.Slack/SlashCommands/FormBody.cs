using System.Net;
using System.Text;

namespace BriefBot.Slack.SlashCommands;

/// <summary>
/// Reads <c>application/x-www-form-urlencoded</c> bytes into fields, strictly: invalid UTF-8, too many fields or a
/// repeated field make the body unreadable (null) rather than half-read.
/// </summary>
internal static class FormBody
{
    private const int MaxFields = 64;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyDictionary<string, string>? Parse(ReadOnlySpan<byte> body)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            if (name is null || value is null || name.Length == 0 || fields.Count == MaxFields || !fields.TryAdd(name, value))
            {
                return null;
            }
        }

        return fields;
    }

    /// <summary>Percent-decoding with "+" as space; a decoded value that is not valid UTF-8 is refused.</summary>
    private static string? Decode(string encoded)
    {
        var decoded = WebUtility.UrlDecode(encoded);
        return decoded.Contains('\uFFFD', StringComparison.Ordinal) && !encoded.Contains('\uFFFD', StringComparison.Ordinal) ? null : decoded;
    }
}
