using System.Text.Json.Nodes;

namespace BriefBot.TestKit.Slack;

/// <summary>Request bodies shaped like Slack's (shared/protocols/slack.md §1.1, §6.1), small and explicit.</summary>
public static class SlackPayloads
{
    public const string TeamId = "T0TEAM";
    public const string ChannelId = "C0CHANNEL";
    public const string UserId = "U0ANALYST";
    public const string AppId = "A0BRIEFBOT";

    /// <summary>A slash-command form; each call gets its own trigger_id unless one is given.</summary>
    public static string Command(string command, string text, Uri responseUrl, string? triggerId = null, string userId = UserId) => Form(
        ("token", "deprecated-verification-token"),
        ("team_id", TeamId),
        ("team_domain", "analysts"),
        ("channel_id", ChannelId),
        ("channel_name", "briefings"),
        ("user_id", userId),
        ("user_name", "analyst"),
        ("command", command),
        ("text", text),
        ("api_app_id", AppId),
        ("is_enterprise_install", "false"),
        ("response_url", responseUrl.AbsoluteUri),
        ("trigger_id", triggerId ?? NewTriggerId()));

    /// <summary>A block_actions click on a button with <paramref name="actionId"/> and <paramref name="value"/>.</summary>
    public static string Click(string actionId, string value, Uri responseUrl, string? triggerId = null) =>
        Form(("payload", ClickPayload(actionId, value, responseUrl, triggerId).ToJsonString()));

    /// <summary>
    /// A slash_commands envelope's payload (§5.2): the same fields as the HTTP form, as JSON strings.
    /// </summary>
    public static JsonObject CommandPayload(string command, string text, Uri responseUrl, string? triggerId = null, string userId = UserId) => new()
    {
        ["token"] = "deprecated-verification-token",
        ["team_id"] = TeamId,
        ["team_domain"] = "analysts",
        ["channel_id"] = ChannelId,
        ["channel_name"] = "briefings",
        ["user_id"] = userId,
        ["user_name"] = "analyst",
        ["command"] = command,
        ["text"] = text,
        ["api_app_id"] = AppId,
        ["is_enterprise_install"] = "false",
        ["response_url"] = responseUrl.AbsoluteUri,
        ["trigger_id"] = triggerId ?? NewTriggerId(),
    };

    /// <summary>The JSON of a block_actions click: the form field of an HTTP click, the payload of an interactive envelope.</summary>
    public static JsonObject ClickPayload(string actionId, string value, Uri responseUrl, string? triggerId = null)
    {
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = UserId, ["username"] = "analyst", ["team_id"] = TeamId },
            ["api_app_id"] = AppId,
            ["token"] = "deprecated-verification-token",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000100", ["channel_id"] = ChannelId, ["is_ephemeral"] = false },
            ["trigger_id"] = triggerId ?? NewTriggerId(),
            ["team"] = new JsonObject { ["id"] = TeamId, ["domain"] = "analysts" },
            ["channel"] = new JsonObject { ["id"] = ChannelId, ["name"] = "briefings" },
            ["response_url"] = responseUrl.AbsoluteUri,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = actionId,
                ["block_id"] = "b1",
                ["type"] = "button",
                ["value"] = value,
                ["action_ts"] = "1700000001.000200",
            }),
        };
    }

    public static string Form(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value).Replace("%20", "+", StringComparison.Ordinal)));

    public static string NewTriggerId() => "13345224609." + Guid.NewGuid().ToString("N")[..12];
}
