using System.Text.Json.Nodes;

namespace BriefBot.TestKit.Discord;

/// <summary>Interaction bodies shaped like Discord's (shared/protocols/discord.md §1.4, §1.5), small and explicit.</summary>
public static class InteractionPayloads
{
    public const string ApplicationId = "111111111111111111";
    public const string GuildId = "222222222222222222";
    public const string ChannelId = "333333333333333333";
    public const string UserId = "444444444444444444";

    /// <summary>ADMINISTRATOR-less member with MANAGE_CHANNELS (1 &lt;&lt; 4) and SEND_MESSAGES (1 &lt;&lt; 11).</summary>
    public const string ManagerPermissions = "2064";

    private static long _nextId = 666_666_666_666_666_666;

    public static string Ping() => Base(1, null).ToJsonString();

    /// <summary>A slash command; options are (name, value) in the order the user filled them.</summary>
    public static string Command(string name, params (string Name, string Value)[] options) =>
        Base(2, CommandData(name, options.Select(o => Option(o.Name, o.Value)))).ToJsonString();

    /// <summary>An autocomplete request; <paramref name="focused"/> is being typed, <paramref name="others"/> are filled.</summary>
    public static string Autocomplete(string name, string focused, string typed, params (string Name, string Value)[] others) =>
        Base(4, CommandData(name, others.Select(o => Option(o.Name, o.Value)).Append(Option(focused, typed, isFocused: true)))).ToJsonString();

    public static string Button(string customId) =>
        Base(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }).ToJsonString();

    public static string Select(string value) =>
        Base(3, new JsonObject { ["custom_id"] = "pick", ["component_type"] = 3, ["values"] = new JsonArray(value) }).ToJsonString();

    public static string OfType(int type) => Base(type, new JsonObject { ["custom_id"] = "x" }).ToJsonString();

    public static string InDirectMessage(string name, params (string Name, string Value)[] options)
    {
        var payload = Base(2, CommandData(name, options.Select(o => Option(o.Name, o.Value))));
        payload.Remove("member");
        payload.Remove("guild_id");
        payload["user"] = new JsonObject { ["id"] = UserId, ["username"] = "analyst" };
        return payload.ToJsonString();
    }

    /// <summary>The same interaction under another id; ids tell interactions apart, as a Gateway replay shows.</summary>
    public static string WithId(string interactionJson, string id)
    {
        var payload = JsonNode.Parse(interactionJson)!.AsObject();
        payload["id"] = id;
        return payload.ToJsonString();
    }

    private static JsonObject CommandData(string name, IEnumerable<JsonObject> options) => new()
    {
        ["id"] = "555555555555555555",
        ["name"] = name,
        ["type"] = 1,
        ["options"] = new JsonArray([.. options]),
    };

    private static JsonObject Option(string name, string value, bool isFocused = false)
    {
        var option = new JsonObject { ["name"] = name, ["type"] = 3, ["value"] = value };
        if (isFocused)
        {
            option["focused"] = true;
        }

        return option;
    }

    private static JsonObject Base(int type, JsonObject? data)
    {
        var payload = new JsonObject
        {
            // Discord gives every interaction its own id, and the endpoint refuses one seen before (a replay).
            ["id"] = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["application_id"] = ApplicationId,
            ["type"] = type,
            ["token"] = "interaction-token-" + Guid.NewGuid().ToString("N"),
            ["version"] = 1,
        };
        if (type != 1)
        {
            payload["data"] = data;
            payload["guild_id"] = GuildId;
            payload["channel_id"] = ChannelId;
            payload["locale"] = "en-GB";
            payload["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = UserId, ["username"] = "analyst" },
                ["permissions"] = ManagerPermissions,
            };
        }

        return payload;
    }
}
