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

        // A message with files is multipart: the message itself is its payload_json part (§1.10).
        var body = request.Body;
        if (request.Header("Content-Type") is { } type && type.StartsWith("multipart/form-data", StringComparison.Ordinal))
        {
            body = MultipartParts.ReadAsync(type, body).GetAwaiter().GetResult().FirstOrDefault(p => p.Name == "payload_json")?.Text ?? "";
        }
        else if (request.Body.Length > 0 && request.Header("Content-Type")?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return Fail(400, 50035, "Invalid Form Body");
        }

        JsonElement json = default;
        if (body.Length > 0)
        {
            try
            {
                json = JsonDocument.Parse(body).RootElement;
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

        if (request.Method == "GET" && path == "/api/v10/gateway/bot")
        {
            return request.Header("Authorization")?.StartsWith("Bot ", StringComparison.Ordinal) == true
                ? (200, GatewayBot.ToJson(), NoHeaders)
                : Fail(401, 0, "401: Unauthorized");
        }

        if (request.Method == "POST" && CallbackPath().Match(path) is { Success: true } callback)
        {
            return InteractionCallback(callback.Groups["id"].Value, json);
        }

        if ((request.Method == "PATCH" && OriginalPath().IsMatch(path)) || (request.Method == "POST" && FollowUpPath().IsMatch(path)))
        {
            return Message(json, requireContent: request.Method == "POST");
        }

        if (ChannelMessagesPath().Match(path) is { Success: true } channelMessages && request.Method is "POST" or "GET")
        {
            if (request.Header("Authorization")?.StartsWith("Bot ", StringComparison.Ordinal) != true)
            {
                return Fail(401, 0, "401: Unauthorized");
            }

            var channel = channelMessages.Groups["channel"].Value;
            return request.Method == "GET" ? ChannelHistory(channel) : ChannelPost(channel, json);
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

    /// <summary>
    /// The interaction callback (§1.7): 204 for a well-formed first response; a second response to the same
    /// interaction fails with 40060 as on Discord (§1.9).
    /// </summary>
    private (int, string, IReadOnlyDictionary<string, string>) InteractionCallback(string interactionId, JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Number)
        {
            return Fail(400, 50035, "Invalid Form Body");
        }

        if (type.GetInt32() is 4 or 7 && json.TryGetProperty("data", out var data))
        {
            var errors = DiscordRules.Message(data);
            if (errors.Count > 0)
            {
                return InvalidFormBody(errors);
            }
        }

        lock (_gate)
        {
            if (!_acknowledged.Add(interactionId))
            {
                return Fail(400, 40060, "Interaction has already been acknowledged.");
            }
        }

        return (204, "", NoHeaders);
    }

    /// <summary>A channel post; with <c>enforce_nonce</c>, a repeated nonce returns the first message (§3.1).</summary>
    private (int, string, IReadOnlyDictionary<string, string>) ChannelPost(string channel, JsonElement json)
    {
        var nonce = json.TryGetProperty("nonce", out var n) ? n.ToString() : null;
        var enforce = json.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        lock (_gate)
        {
            if (enforce && nonce is not null && _channelMessages.FirstOrDefault(m => m.Channel == channel && (string?)m.Message["nonce"] == nonce) is { Message: { } earlier })
            {
                return (200, earlier.ToJsonString(), NoHeaders);
            }
        }

        var (status, body, headers) = Message(json, requireContent: true);
        if (status == 200)
        {
            var stored = JsonNode.Parse(body)!.AsObject();
            stored["channel_id"] = channel;
            lock (_gate)
            {
                _channelMessages.Add((channel, stored));
            }

            return (status, stored.ToJsonString(), headers);
        }

        return (status, body, headers);
    }

    /// <summary>The channel's messages, newest first, as GET /channels/{id}/messages lists them.</summary>
    private (int, string, IReadOnlyDictionary<string, string>) ChannelHistory(string channel)
    {
        var list = new JsonArray();
        lock (_gate)
        {
            foreach (var (_, message) in Enumerable.Reverse(_channelMessages).Where(m => m.Channel == channel))
            {
                list.Add(message.DeepClone());
            }
        }

        return (200, list.ToJsonString(), NoHeaders);
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

    [GeneratedRegex(@"^/api/v10/interactions/(?<id>\d+)/[^/]+/callback$", RegexOptions.ExplicitCapture)]
    private static partial Regex CallbackPath();

    [GeneratedRegex(@"^/api/v10/webhooks/\d+/[^/]+/messages/@original$")]
    private static partial Regex OriginalPath();

    [GeneratedRegex(@"^/api/v10/webhooks/\d+/[^/]+$")]
    private static partial Regex FollowUpPath();

    [GeneratedRegex(@"^/api/v10/channels/(?<channel>\d+)/messages$", RegexOptions.ExplicitCapture)]
    private static partial Regex ChannelMessagesPath();
}
