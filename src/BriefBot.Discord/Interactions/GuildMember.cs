namespace BriefBot.Discord.Interactions;

/// <summary>The invoking guild member; <c>permissions</c> is a bitset serialized as a string.</summary>
internal sealed record GuildMember
{
    public DiscordUser? User { get; init; }

    public string? Permissions { get; init; }
}
