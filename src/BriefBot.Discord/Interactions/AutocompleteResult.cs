namespace BriefBot.Discord.Interactions;

/// <summary>Data of callback type 8: at most 25 choices (§1.11).</summary>
internal sealed record AutocompleteResult(IReadOnlyList<AutocompleteChoice> Choices);
