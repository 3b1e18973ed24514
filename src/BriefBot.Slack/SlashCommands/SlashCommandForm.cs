using System.Text.Json;

namespace BriefBot.Slack.SlashCommands;

/// <summary>
/// The fields of a slash command that BriefBot reads (shared/protocols/slack.md §1.1): from the HTTP form, or from
/// a Socket Mode envelope's payload, whose JSON fields carry the same names (§5.2).
/// </summary>
internal sealed record SlashCommandForm
{
    public required string Command { get; init; }

    public string Text { get; init; } = "";

    public string? TeamId { get; init; }

    public string? EnterpriseId { get; init; }

    public string? ChannelId { get; init; }

    public string? UserId { get; init; }

    public required Uri ResponseUrl { get; init; }

    public string? TriggerId { get; init; }

    public string? ApiAppId { get; init; }

    /// <summary>A form with a command and an absolute http(s) response_url; null when either is missing.</summary>
    public static SlashCommandForm? From(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!fields.TryGetValue("command", out var command) || !command.StartsWith('/')
            || !fields.TryGetValue("response_url", out var url) || ResponseUrls.Parse(url) is not { } responseUrl)
        {
            return null;
        }

        return new SlashCommandForm
        {
            Command = command.Trim(),
            Text = fields.GetValueOrDefault("text") ?? "",
            TeamId = fields.GetValueOrDefault("team_id"),
            EnterpriseId = fields.GetValueOrDefault("enterprise_id"),
            ChannelId = fields.GetValueOrDefault("channel_id"),
            UserId = fields.GetValueOrDefault("user_id"),
            ResponseUrl = responseUrl,
            TriggerId = fields.GetValueOrDefault("trigger_id"),
            ApiAppId = fields.GetValueOrDefault("api_app_id"),
        };
    }

    /// <summary>The same form from a <c>slash_commands</c> envelope's payload; only its string fields are read.</summary>
    public static SlashCommandForm? From(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && StringOf(property.Value) is { } value)
            {
                fields[property.Name] = value;
            }
        }

        return From(fields);
    }

    /// <summary>A lone surrogate (<c>"\ud800"</c>) is valid JSON but no string: such a field is left out.</summary>
    private static string? StringOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
