namespace BriefBot.Discord.Rendering;

/// <summary>shared/protocols/discord.md §3.4.</summary>
internal enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
}
