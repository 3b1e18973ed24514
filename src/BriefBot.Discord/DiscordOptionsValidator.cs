using Microsoft.Extensions.Options;

namespace BriefBot.Discord;

/// <summary>Reports every problem with the Discord settings at once, naming each setting as it is configured.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    /// <summary>Discord drops an interaction left unanswered for 3 s (shared/protocols/discord.md §1.9).</summary>
    private static readonly TimeSpan MaxAcknowledgeWithin = TimeSpan.FromMilliseconds(2500);

    private static readonly TimeSpan MinShardLease = TimeSpan.FromSeconds(1);

    /// <summary>A longer lease only delays the takeover of a dead replica's shards.</summary>
    private static readonly TimeSpan MaxShardLease = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var transport = options.EffectiveTransport;
        if (transport is null)
        {
            failures.Add("Discord:Transport (Discord__Transport) must be \"http\" or \"gateway\" (or unset to choose from the credentials).");
        }

        if (transport == DiscordTransport.Gateway && string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Discord:Transport (Discord__Transport) is gateway, which needs Discord:BotToken (Discord__BotToken) to connect: copy it from the Developer Portal's Bot page.");
        }

        if (string.IsNullOrWhiteSpace(options.PublicKey))
        {
            if (transport == DiscordTransport.Http)
            {
                failures.Add("Discord:PublicKey (Discord__PublicKey) is missing: copy the Public Key from the Developer Portal's General Information page (or set Discord__BotToken and use the gateway).");
            }
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

        ValidateShards(options, transport, failures);

        if (options.AcknowledgeWithin <= TimeSpan.Zero || options.AcknowledgeWithin > MaxAcknowledgeWithin)
        {
            failures.Add("Discord:AcknowledgeWithin (Discord__AcknowledgeWithin) must be between 00:00:00.001 and 00:00:02.500: Discord allows 3 seconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateShards(DiscordOptions options, DiscordTransport? transport, List<string> failures)
    {
        if (options.ShardLease < MinShardLease || options.ShardLease > MaxShardLease)
        {
            failures.Add("Discord:ShardLease (Discord__ShardLease) must be between 00:00:01 and 00:10:00: a replica renews its shard leases every third of it, and another takes a shard over once its lease lapses.");
        }

        var hasIds = !string.IsNullOrWhiteSpace(options.ShardIds);
        if (options.ShardId is null && !hasIds && options.ShardCount is null)
        {
            return;
        }

        if (transport == DiscordTransport.Http)
        {
            failures.Add("Discord:ShardId, Discord:ShardIds and Discord:ShardCount (Discord__ShardId, Discord__ShardIds, Discord__ShardCount) only apply to Discord:Transport gateway; remove them for http.");
        }
        else if (options.ShardId is not null && hasIds)
        {
            failures.Add("Discord:ShardId and Discord:ShardIds (Discord__ShardId, Discord__ShardIds) both name this process's shards: set only one of them.");
        }
        else if (hasIds && !ShardIdList.TryParse(options.ShardIds, out _))
        {
            failures.Add("Discord:ShardIds (Discord__ShardIds) must be shard numbers separated by commas, each once, such as 0,2,5.");
        }
        else if ((options.ShardId is not null || hasIds) && options.ShardCount is null)
        {
            failures.Add("Discord:ShardId or Discord:ShardIds (Discord__ShardId, Discord__ShardIds) needs Discord:ShardCount (Discord__ShardCount), the total number of shards: set them together.");
        }
        else if (options.ShardId is { } id && (options.ShardCount < 1 || id < 0 || id >= options.ShardCount))
        {
            failures.Add("Discord:ShardId (Discord__ShardId) must be at least 0 and below Discord:ShardCount (Discord__ShardCount), which must be at least 1.");
        }
        else if (options.ShardCount < 1)
        {
            failures.Add("Discord:ShardCount (Discord__ShardCount) must be at least 1.");
        }
        else if (options.FixedShardIds is { } ids && ids.Any(i => i >= options.ShardCount))
        {
            failures.Add("Discord:ShardIds (Discord__ShardIds) must name shards below Discord:ShardCount (Discord__ShardCount): shard ids count from 0.");
        }
    }

    private static bool IsHex(string value, int length) => value.Length == length && value.All(char.IsAsciiHexDigit);
}
