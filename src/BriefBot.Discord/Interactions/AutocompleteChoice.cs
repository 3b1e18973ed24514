namespace BriefBot.Discord.Interactions;

/// <summary>Name and value are each 1–100 characters (§1.11).</summary>
internal sealed record AutocompleteChoice(string Name, string Value);
