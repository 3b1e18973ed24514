namespace BriefBot.Discord.Interactions;

/// <summary>The interaction object Discord posts (shared/protocols/discord.md §1.4); only the fields BriefBot reads.</summary>
internal sealed record InteractionPayload
{
    public string? Id { get; init; }

    public string? ApplicationId { get; init; }

    public int Type { get; init; }

    public InteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public GuildMember? Member { get; init; }

    public DiscordUser? User { get; init; }

    public string? Token { get; init; }

    public int Version { get; init; }

    /// <summary>The most bytes a file sent in answer may have, in this guild or DM (§1.3); absent in older payloads.</summary>
    public long? AttachmentSizeLimit { get; init; }

    /// <summary>Invoking user: <c>member.user</c> in guilds, else <c>user</c>.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;
}
