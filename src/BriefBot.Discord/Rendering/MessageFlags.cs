namespace BriefBot.Discord.Rendering;

/// <summary>shared/protocols/discord.md §1.8.</summary>
[Flags]
internal enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    Ephemeral = 1 << 6,
}
