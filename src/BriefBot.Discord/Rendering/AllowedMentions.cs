namespace BriefBot.Discord.Rendering;

/// <summary><c>{"parse": []}</c>: mentions render but never ping (shared/protocols/discord.md §3.3, §7.2).</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static readonly AllowedMentions None = new([]);
}
