using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>One JSON shape for stored documents and the CLI's JSON output.</summary>
public static class KnowledgeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };
}
