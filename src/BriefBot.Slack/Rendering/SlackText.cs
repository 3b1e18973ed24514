using System.Text;

namespace BriefBot.Slack.Rendering;

/// <summary>
/// Makes article and user text inert in Slack mrkdwn (shared/protocols/slack.md §4.5): <c>&amp;</c>, <c>&lt;</c> and
/// <c>&gt;</c> become entities — only those three — so <c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c>,
/// <c>&lt;!everyone&gt;</c>, <c>&lt;@U…&gt;</c> and links can never be formed from input. A zero-width space after the
/// "@" of a bare "@here", "@channel" or "@everyone" is a second line of defence should a client ever parse names.
/// </summary>
internal static class SlackText
{
    public const string Ellipsis = "…";

    private const char AfterAt = '\u200B';
    private static readonly string[] Broadcasts = ["here", "channel", "everyone"];

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '@' when IsBroadcast(text, i + 1):
                    sb.Append('@').Append(AfterAt);
                    break;
                case '\n':
                    sb.Append('\n');
                    break;
                default:
                    sb.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Cuts already-escaped text to <paramref name="max"/> characters with a trailing "…", at a space where one is
    /// near, never inside an entity such as <c>&amp;amp;</c> nor inside a surrogate pair.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        var space = text.LastIndexOfAny([' ', '\n'], Math.Max(0, cut - 1));
        if (space >= cut / 2)
        {
            cut = space;
        }

        var amp = text.LastIndexOf('&', Math.Max(0, cut - 1));
        if (amp >= 0 && cut - amp < 5 && text.IndexOf(';', amp) >= cut)
        {
            cut = amp;
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    public static string EscapeWithin(string? text, int max) => Truncate(Escape(text), max);

    /// <summary>
    /// For plain_text objects (header, button labels): one line, escaped all the same — an entity shown literally
    /// is a smaller harm than markup slipping through — and cut to <paramref name="max"/>.
    /// </summary>
    public static string Plain(string? text, int max)
    {
        var flat = string.Join(' ', (text ?? "").Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return Truncate(Escape(flat), max);
    }

    private static bool IsBroadcast(string text, int start) =>
        Broadcasts.Any(word => string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (start + word.Length == text.Length || !char.IsLetterOrDigit(text[start + word.Length])));
}
