using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefBot.Discord;

/// <summary>Discord's JSON: snake_case names, absent rather than null fields.</summary>
internal static class DiscordJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 32,
    };
}
