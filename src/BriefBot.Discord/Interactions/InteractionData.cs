namespace BriefBot.Discord.Interactions;

/// <summary>
/// <c>data</c> of an interaction: application command data (types 2 and 4, §1.5) or component data (type 3).
/// </summary>
internal sealed record InteractionData
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public int? Type { get; init; }

    public IReadOnlyList<InteractionDataOption?>? Options { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}
