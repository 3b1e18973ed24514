namespace BriefBot.Discord.Rendering;

internal sealed record EmbedField(string Name, string Value, bool Inline = false);
