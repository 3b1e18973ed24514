namespace BriefBot.Discord.Gateway;

/// <summary>The body of op 2 Identify (§5.4). The token is sent bare, without a "Bot " prefix.</summary>
internal sealed record IdentifyData(string Token, IdentifyProperties Properties, int Intents, int[] Shard);
