using Microsoft.Extensions.Options;

namespace BriefBot.Discord;

/// <summary>Reports every problem with the Discord settings at once, naming each setting as it is configured.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    /// <summary>Discord drops an interaction left unanswered for 3 s (shared/protocols/discord.md §1.9).</summary>
    private static readonly TimeSpan MaxAcknowledgeWithin = TimeSpan.FromMilliseconds(2500);

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.PublicKey))
        {
            failures.Add("Discord:PublicKey (Discord__PublicKey) is missing: copy the Public Key from the Developer Portal's General Information page.");
        }
        else if (!IsHex(options.PublicKey.Trim(), 64))
        {
            failures.Add("Discord:PublicKey (Discord__PublicKey) must be 64 hexadecimal characters.");
        }

        if (string.IsNullOrWhiteSpace(options.ApplicationId))
        {
            failures.Add("Discord:ApplicationId (Discord__ApplicationId) is missing: copy the Application ID from the Developer Portal.");
        }
        else if (!Snowflake.IsValid(options.ApplicationId.Trim()))
        {
            failures.Add("Discord:ApplicationId (Discord__ApplicationId) must be a Discord id (digits only).");
        }

        if (options.BotToken is { } token && token.Length > 0 && (string.IsNullOrWhiteSpace(token) || token.Trim().Any(char.IsWhiteSpace)))
        {
            failures.Add("Discord:BotToken (Discord__BotToken) must be the token alone, without spaces or a \"Bot \" prefix.");
        }

        if (!string.IsNullOrWhiteSpace(options.GuildId))
        {
            if (!Snowflake.IsValid(options.GuildId.Trim()))
            {
                failures.Add("Discord:GuildId (Discord__GuildId) must be a Discord id (digits only).");
            }

            if (string.IsNullOrWhiteSpace(options.BotToken))
            {
                failures.Add("Discord:GuildId (Discord__GuildId) is only used to register commands, which needs Discord:BotToken (Discord__BotToken).");
            }
        }

        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Discord:ApiBaseUrl (Discord__ApiBaseUrl) must be an absolute http(s) URL, normally https://discord.com/api/v10.");
        }

        if (options.AcknowledgeWithin <= TimeSpan.Zero || options.AcknowledgeWithin > MaxAcknowledgeWithin)
        {
            failures.Add("Discord:AcknowledgeWithin (Discord__AcknowledgeWithin) must be between 00:00:00.001 and 00:00:02.500: Discord allows 3 seconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHex(string value, int length) => value.Length == length && value.All(char.IsAsciiHexDigit);
}
