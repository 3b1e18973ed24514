namespace BriefBot.Discord.Gateway;

/// <summary>What each Gateway close code means for the shard (shared/protocols/discord.md §5.7).</summary>
internal static class GatewayCloseCodes
{
    public static GatewayDisconnect Classify(int? code) => code switch
    {
        4004 => Stop("Discord rejected the bot token (close code 4004): set Discord__BotToken to the token on the Developer Portal's Bot page"),
        4010 => Stop("Discord says the shard is invalid (close code 4010): Discord__ShardId must be below Discord__ShardCount, and every process must use the same count"),
        4011 => Stop("Discord requires more shards (close code 4011): unset Discord__ShardId and Discord__ShardCount to use Discord's recommended count, or raise Discord__ShardCount"),
        4012 => Stop("Discord refused the API version (close code 4012): BriefBot speaks v10; check that the gateway URL is Discord's"),
        4013 => Stop("Discord refused the intents (close code 4013): BriefBot asks for none, so this is a bug worth reporting"),
        4014 => Stop("Discord refused a privileged intent (close code 4014): BriefBot asks for none, so this is a bug worth reporting"),
        4007 => new(GatewayNext.Identify, "Discord rejected the resume sequence (close code 4007); starting a new session"),
        4009 => new(GatewayNext.Identify, "the session timed out (close code 4009); starting a new session"),
        null => new(GatewayNext.Resume, "the connection closed without a close code"),
        _ => new(GatewayNext.Resume, $"Discord closed the connection (close code {code})"),
    };

    private static GatewayDisconnect Stop(string reason) => new(GatewayNext.Stop, reason);
}
