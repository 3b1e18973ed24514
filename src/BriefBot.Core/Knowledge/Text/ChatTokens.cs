using System.Text.RegularExpressions;

namespace BriefBot.Core.Knowledge.Text;

/// <summary>
/// Slack and Discord markup pasted into an article: channel links (<c>&lt;#C123&gt;</c>), user and role mentions
/// (<c>&lt;@U1&gt;</c>, <c>&lt;@!1&gt;</c>, <c>&lt;@&amp;123&gt;</c>) and special mentions (<c>&lt;!here&gt;</c>). They
/// name no one in the text; left in, their ids would be read as names and become actors.
/// </summary>
public static partial class ChatTokens
{
    /// <summary>The text with every chat token replaced by a space.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('<', StringComparison.Ordinal) ? Token().Replace(text, " ") : text;
    }

    [GeneratedRegex(@"<(?:[#@]|!)[^<>\s]{1,80}>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Token();
}
