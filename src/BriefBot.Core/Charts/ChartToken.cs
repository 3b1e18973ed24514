using System.Text.RegularExpressions;

namespace BriefBot.Core.Charts;

/// <summary>
/// <c>chart:png</c> in a command's text (Slack, the CLI) or Discord's <c>chart</c> option: a picture asked for with the answer.
/// </summary>
public sealed partial record ChartToken(bool Asked, string? BadValue)
{
    public const string Option = "chart";

    /// <summary>The one picture format BriefBot draws.</summary>
    public const string Png = "png";

    public static ChartToken None { get; } = new(false, null);

    /// <summary>Reads the token (or option) and returns the text without it.</summary>
    public static ChartToken Read(IReadOnlyDictionary<string, string> options, ref string text)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(text);
        var value = options.GetValueOrDefault(Option);
        var match = Token().Match(text);
        if (match.Success)
        {
            value = match.Groups["f"].Value;
            text = text.Remove(match.Index, match.Length);
        }

        if (value is null)
        {
            return None;
        }

        return string.Equals(value.Trim(), Png, StringComparison.OrdinalIgnoreCase) ? new ChartToken(true, null) : new ChartToken(false, value);
    }

    [GeneratedRegex(@"\s*\bchart:(?<f>\S{0,40})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Token();
}
