namespace BriefBot.Discord.Rendering;

/// <summary>Label, value and description are each at most 100 characters (§3.4).</summary>
internal sealed record SelectOption(string Label, string Value, string? Description = null);
