namespace BriefBot.Discord.Rendering;

/// <summary>shared/protocols/discord.md §3.4; link and premium buttons are not used.</summary>
internal enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
}
