using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefBot.Slack;

/// <summary>Slack's JSON: snake_case names, absent rather than null fields.</summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
    };
}
