namespace BriefBot.Discord.Rest;

/// <summary>An option of a CHAT_INPUT command (shared/protocols/discord.md §2.3).</summary>
internal sealed record ApplicationCommandOption
{
    public required int Type { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public bool? Required { get; init; }

    public bool? Autocomplete { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Fixed values to pick from (at most 25, §2.3); not combined with autocomplete.</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }
}
