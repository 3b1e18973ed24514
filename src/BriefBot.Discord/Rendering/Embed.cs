using System.Text.Json.Serialization;

namespace BriefBot.Discord.Rendering;

/// <summary>A rich embed; limits in <see cref="DiscordLimits"/> (§3.2).</summary>
internal sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public int? Color { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }

    /// <summary>What Discord counts toward the 6000-character total: title, description, field names and values, footer.</summary>
    [JsonIgnore]
    public int CountedLength =>
        (Title?.Trim().Length ?? 0)
        + (Description?.Trim().Length ?? 0)
        + (Fields?.Sum(f => f.Name.Trim().Length + f.Value.Trim().Length) ?? 0)
        + (Footer?.Text.Trim().Length ?? 0);
}
