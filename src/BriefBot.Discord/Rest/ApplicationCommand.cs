using System.Text.Json;

namespace BriefBot.Discord.Rest;

/// <summary>An application command as registered (§2.2); Discord adds <c>id</c> and other fields when it answers.</summary>
internal sealed record ApplicationCommand
{
    public string? Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public int? Type { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    public string? DefaultMemberPermissions { get; init; }

    /// <summary>
    /// The definition with Discord's defaults spelled out the same way (type 1, required/autocomplete false), so a
    /// command read back from Discord compares equal to the one BriefBot would send.
    /// </summary>
    public string Fingerprint() => JsonSerializer.Serialize(
        new
        {
            Name,
            Description,
            Type = Type ?? 1,
            DefaultMemberPermissions,
            Options = Options?.Select(Normalize).ToList() ?? [],
        },
        DiscordJson.Options);

    private static object Normalize(ApplicationCommandOption o) => new
    {
        o.Type,
        o.Name,
        o.Description,
        Required = o.Required ?? false,
        Autocomplete = o.Autocomplete ?? false,
        o.MaxLength,
        Options = o.Options?.Select(Normalize).ToList() ?? [],
    };
}
