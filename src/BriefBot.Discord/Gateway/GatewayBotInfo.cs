namespace BriefBot.Discord.Gateway;

/// <summary>The answer of <c>GET /gateway/bot</c> (§5.1).</summary>
internal sealed record GatewayBotInfo
{
    public string? Url { get; init; }

    /// <summary>Discord's recommended number of shards.</summary>
    public int Shards { get; init; } = 1;

    public SessionStartLimit SessionStartLimit { get; init; } = new();
}
