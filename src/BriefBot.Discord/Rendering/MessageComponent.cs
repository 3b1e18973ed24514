namespace BriefBot.Discord.Rendering;

/// <summary>
/// A legacy-layout component (§3.4): an action row holding buttons or one string select. One record for the
/// three kinds BriefBot sends, with the fields of the others left out of the JSON.
/// </summary>
internal sealed record MessageComponent
{
    public required int Type { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public bool? Disabled { get; init; }

    public string? Placeholder { get; init; }

    public IReadOnlyList<SelectOption>? Options { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public static MessageComponent Row(params MessageComponent[] components) => new() { Type = (int)ComponentType.ActionRow, Components = components };
}
