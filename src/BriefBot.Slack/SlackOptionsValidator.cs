using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack;

/// <summary>Reports every problem with the Slack settings at once, naming each setting as it is configured; never echoes a secret.</summary>
internal sealed partial class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    /// <summary>Slack shows a timeout after 3 s without a 200 (shared/protocols/slack.md §1.2).</summary>
    private static readonly TimeSpan MaxAcknowledgeWithin = TimeSpan.FromMilliseconds(2500);

    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningSecret) && !options.UsesSocketMode)
        {
            failures.Add("Slack:SigningSecret (Slack__SigningSecret) is missing: copy the Signing Secret from the app's Basic Information page, or set Slack:AppToken (Slack__AppToken) to use Socket Mode.");
        }
        else if (!string.IsNullOrWhiteSpace(options.SigningSecret) && (options.SigningSecret.Trim().Any(char.IsWhiteSpace) || options.SigningSecret.Trim().Length < 16))
        {
            failures.Add("Slack:SigningSecret (Slack__SigningSecret) does not look like a Slack signing secret (one word, usually 32 hexadecimal characters).");
        }

        if (options.BotToken is { Length: > 0 } token && (!token.Trim().StartsWith("xoxb-", StringComparison.Ordinal) || token.Trim().Any(char.IsWhiteSpace)))
        {
            failures.Add("Slack:BotToken (Slack__BotToken) must be the Bot User OAuth Token alone, starting with \"xoxb-\".");
        }

        CheckAppToken(options.AppToken, failures);

        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Slack:ApiBaseUrl (Slack__ApiBaseUrl) must be an absolute http(s) URL, normally https://slack.com/api.");
        }

        CheckCommand(options.WhoCommand, "WhoCommand", failures);
        CheckCommand(options.TimelineCommand, "TimelineCommand", failures);
        CheckCommand(options.AskCommand, "AskCommand", failures);
        CheckCommand(options.DigestCommand, "DigestCommand", failures);
        CheckCommand(options.ShelfCommand, "ShelfCommand", failures);
        if (string.Equals(options.WhoCommand?.Trim(), options.TimelineCommand?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Slack:WhoCommand (Slack__WhoCommand) and Slack:TimelineCommand (Slack__TimelineCommand) must be different commands.");
        }
        else if (Commands(options).GroupBy(c => c.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            failures.Add($"Slack's command settings (Slack__WhoCommand, Slack__TimelineCommand, Slack__AskCommand, Slack__DigestCommand, Slack__ShelfCommand) name {twice.Key} twice: give each command its own slash command.");
        }

        for (var i = 0; i < options.Admins.Count; i++)
        {
            if (!UserId().IsMatch(options.Admins[i]?.Trim() ?? ""))
            {
                failures.Add($"Slack:Admins:{i} (Slack__Admins__{i}) must be a Slack user id such as U0123ABCD.");
            }
        }

        if (options.AcknowledgeWithin <= TimeSpan.Zero || options.AcknowledgeWithin > MaxAcknowledgeWithin)
        {
            failures.Add("Slack:AcknowledgeWithin (Slack__AcknowledgeWithin) must be between 00:00:00.001 and 00:00:02.500: Slack allows 3 seconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Commands(SlackOptions options) =>
        new[] { options.WhoCommand, options.TimelineCommand, options.AskCommand, options.DigestCommand, options.ShelfCommand }.OfType<string>();

    /// <summary>Socket Mode refuses any other kind of token with not_allowed_token_type (shared/protocols/slack.md §5.1).</summary>
    private static void CheckAppToken(string? appToken, List<string> failures)
    {
        if (appToken is not { Length: > 0 } || string.IsNullOrWhiteSpace(appToken))
        {
            return;
        }

        var token = appToken.Trim();
        if (!token.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken (Slack__AppToken) must be an app-level token starting with \"xapp-\" (Basic Information → App-Level Tokens), not the bot token or signing secret.");
        }
        else if (token.Any(char.IsWhiteSpace))
        {
            failures.Add("Slack:AppToken (Slack__AppToken) contains whitespace: paste the app-level token alone, on one line.");
        }
    }

    private static void CheckCommand(string? command, string setting, List<string> failures)
    {
        if (!CommandName().IsMatch(command?.Trim() ?? ""))
        {
            failures.Add($"Slack:{setting} (Slack__{setting}) must be a slash command such as /who: a \"/\" then up to 31 lower-case letters, digits, \"-\" or \"_\".");
        }
    }

    [GeneratedRegex("^/[a-z0-9_-]{1,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommandName();

    [GeneratedRegex("^[UW][A-Z0-9]{2,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserId();
}
