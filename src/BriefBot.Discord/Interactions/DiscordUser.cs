namespace BriefBot.Discord.Interactions;

internal sealed record DiscordUser
{
    public string? Id { get; init; }

    public string? Username { get; init; }
}
