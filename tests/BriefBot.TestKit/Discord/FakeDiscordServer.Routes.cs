using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BriefBot.TestKit.Discord;

public sealed partial class FakeDiscordServer
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    private (int Status, string Body, IReadOnlyDictionary<string, string> Headers) Answer(RecordedRequest request)
    {
        if (request.Header("User-Agent") is not { } agent || !agent.StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            // Cloudflare blocks clients that do not identify as a bot (§4.1).
            return Fail(403, 0, "Missing or invalid User-Agent");
        }

        if (request.Body.Length > 0 && request.Header("Content-Type")?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return Fail(400, 50035, "Invalid Form Body");
        }

        JsonElement json = default;
        if (request.Body.Length > 0)
        {
            try
            {
                json = request.Json;
            }
            catch (JsonException)
            {
                return Fail(400, 50109, "The request body contains invalid JSON.");
            }
        }

        var path = request.Path;
        if (CommandsPath().Match(path) is { Success: true } commands)
        {
            if (request.Header("Authorization") is not { } auth || !auth.StartsWith("Bot ", StringComparison.Ordinal))
            {
                return Fail(401, 0, "401: Unauthorized");
            }

            var scope = commands.Groups["guild"].Success ? commands.Groups["guild"].Value : "global";
            return request.Method switch
            {
                "GET" => (200, Commands(scope)?.ToJsonString() ?? "[]", NoHeaders),
                "PUT" => Overwrite(scope, json),
                _ => Fail(405, 0, "405: Method Not Allowed"),
            };
        }

        if ((request.Method == "PATCH" && OriginalPath().IsMatch(path)) || (request.Method == "POST" && FollowUpPath().IsMatch(path)))
        {
            return Message(json, requireContent: request.Method == "POST");
        }

        if (request.Method == "POST" && ChannelMessagesPath().IsMatch(path))
        {
            return request.Header("Authorization")?.StartsWith("Bot ", StringComparison.Ordinal) == true
                ? Message(json, requireContent: true)
                : Fail(401, 0, "401: Unauthorized");
        }

        return Fail(404, 0, "404: Not Found");
    }

    private (int, string, IReadOnlyDictionary<string, string>) Overwrite(string scope, JsonElement json)
    {
        var errors = DiscordRules.Commands(json);
        if (errors.Count > 0)
        {
            return InvalidFormBody(errors);
        }

        var stored = new JsonArray();
        foreach (var command in json.EnumerateArray())
        {
            var node = JsonNode.Parse(command.GetRawText())!.AsObject();
            node["id"] = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
            node["application_id"] = InteractionPayloads.ApplicationId;
            node["version"] = "1";
            node["type"] ??= 1;
            stored.Add(node);
        }

        lock (_gate)
        {
            _commands[scope] = stored;
        }

        return (200, stored.ToJsonString(), NoHeaders);
    }

    private (int, string, IReadOnlyDictionary<string, string>) Message(JsonElement json, bool requireContent)
    {
        var errors = DiscordRules.Message(json);
        if (errors.Count > 0)
        {
            return InvalidFormBody(errors);
        }

        var empty = !(json.TryGetProperty("content", out var c) && c.GetString()?.Trim().Length > 0)
            && !(json.TryGetProperty("embeds", out var e) && e.GetArrayLength() > 0)
            && !(json.TryGetProperty("components", out var k) && k.GetArrayLength() > 0);
        if (requireContent && empty)
        {
            return Fail(400, 50006, "Cannot send an empty message");
        }

        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var message = JsonNode.Parse(json.GetRawText())!.AsObject();
        message["id"] = id;
        message["channel_id"] = InteractionPayloads.ChannelId;
        return (200, message.ToJsonString(), NoHeaders);
    }

    /// <summary>Discord's 50035 shape (§4.6): errors mirror the JSON path, leaves are <c>_errors</c> arrays.</summary>
    private static (int, string, IReadOnlyDictionary<string, string>) InvalidFormBody(IReadOnlyList<(string Path, string Code)> errors)
    {
        var tree = new JsonObject();
        foreach (var (path, code) in errors)
        {
            var node = tree;
            foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                node = (node[part] ??= new JsonObject()).AsObject();
            }

            var list = (node["_errors"] ??= new JsonArray()).AsArray();
            list.Add(new JsonObject { ["code"] = code, ["message"] = $"Invalid value ({code})" });
        }

        var body = new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body", ["errors"] = tree };
        return (400, body.ToJsonString(), NoHeaders);
    }

    private static (int, string, IReadOnlyDictionary<string, string>) Fail(int status, int code, string message) =>
        (status, new JsonObject { ["message"] = message, ["code"] = code }.ToJsonString(), NoHeaders);

    [GeneratedRegex(@"^/api/v10/applications/\d+(/guilds/(?<guild>\d+))?/commands$")]
    private static partial Regex CommandsPath();

    [GeneratedRegex(@"^/api/v10/webhooks/\d+/[^/]+/messages/@original$")]
    private static partial Regex OriginalPath();

    [GeneratedRegex(@"^/api/v10/webhooks/\d+/[^/]+$")]
    private static partial Regex FollowUpPath();

    [GeneratedRegex(@"^/api/v10/channels/\d+/messages$")]
    private static partial Regex ChannelMessagesPath();
}
