using System.Text;

namespace BriefBot.Discord.Rendering;

/// <summary>
/// Makes article and user text inert in Discord Markdown (shared/protocols/discord.md §7.2, §7.3): every
/// Markdown and mention character is backslash-escaped and a zero-width space follows each "@", so neither
/// <c>@everyone</c> nor <c>&lt;@id&gt;</c> can form even before <c>allowed_mentions</c> is applied.
/// </summary>
internal static class DiscordText
{
    public const string Ellipsis = "…";

    /// <summary>Breaks "@everyone", "@here" and "&lt;@id&gt;"; not a documented API feature, a second line of defence.</summary>
    private const char AfterAt = '\u200B';

    private const string Escaped = "\\*_~`|><#[]()";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        var atLineStart = true;
        foreach (var c in text)
        {
            if (c == '\r')
            {
                continue;
            }

            if (char.IsControl(c) && c != '\n')
            {
                sb.Append(' ');
                atLineStart = false;
                continue;
            }

            if (c == '@')
            {
                sb.Append('@').Append(AfterAt);
            }
            else if (Escaped.Contains(c, StringComparison.Ordinal) || (atLineStart && c is '-' or '+'))
            {
                // A leading "-" or "+" would start a list; elsewhere it is plain text.
                sb.Append('\\').Append(c);
            }
            else
            {
                sb.Append(c);
            }

            atLineStart = c == '\n' || (atLineStart && c == ' ');
        }

        return sb.ToString();
    }

    /// <summary>
    /// Cuts already-escaped text to <paramref name="max"/> characters with a trailing "…", at a space where one is
    /// near, never inside a surrogate pair or between an escaping backslash and its character.
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
        var space = text.LastIndexOfAny([' ', '\n'], cut);
        if (space >= cut / 2)
        {
            cut = space;
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var backslashes = 0;
        while (backslashes < cut && text[cut - 1 - backslashes] == '\\')
        {
            backslashes++;
        }

        if (backslashes % 2 == 1)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>Escapes, then cuts to <paramref name="max"/>.</summary>
    public static string EscapeWithin(string? text, int max) => Truncate(Escape(text), max);

    /// <summary>For places Discord shows verbatim (button and menu labels): only the length is cut.</summary>
    public static string Plain(string? text, int max)
    {
        var flat = string.Join(' ', (text ?? "").Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (flat.Length <= max)
        {
            return flat;
        }

        var cut = max - Ellipsis.Length;
        if (char.IsHighSurrogate(flat[cut - 1]))
        {
            cut--;
        }

        return flat[..cut].TrimEnd() + Ellipsis;
    }
}
