using System.Globalization;
using System.Text.Json;

namespace BriefBot.Discord.Interactions;

/// <summary>An option value (§1.5): <c>value</c> and nested <c>options</c> are mutually exclusive.</summary>
internal sealed record InteractionDataOption
{
    public required string Name { get; init; }

    public int Type { get; init; }

    /// <summary>string, integer, double or boolean, by option type.</summary>
    public JsonElement? Value { get; init; }

    public IReadOnlyList<InteractionDataOption?>? Options { get; init; }

    public bool Focused { get; init; }

    public string ValueText => Value switch
    {
        { ValueKind: JsonValueKind.String } v => StringOf(v),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => "",
    };

    /// <summary>A lone surrogate (<c>"\ud800"</c>) is valid JSON but no string; it reads as nothing.</summary>
    private static string StringOf(JsonElement value)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return "";
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}={ValueText}");
}
