namespace BriefBot.Discord.Rendering;

internal sealed record EmbedFooter(string Text);
