using System.Text.Json.Serialization;

namespace BriefBot.Slack.Rendering;

/// <summary>A button (§4.3): text ≤75 (plain_text), value ≤2000, action_id ≤255 and unique within its block.</summary>
internal sealed record ButtonElement(TextObject Text, string ActionId, string Value)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "button";

    /// <summary>"primary" or "danger"; absent for the default style.</summary>
    public string? Style { get; init; }
}
