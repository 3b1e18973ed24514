namespace BriefBot.Discord.Rest;

/// <summary>One fixed value of a command option (shared/protocols/discord.md §2.3).</summary>
internal sealed record ApplicationCommandOptionChoice(string Name, string Value);
