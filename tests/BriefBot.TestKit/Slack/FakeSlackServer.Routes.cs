using System.Text.Json;
using System.Text.Json.Nodes;
using BriefBot.TestKit.Discord;

namespace BriefBot.TestKit.Slack;

public sealed partial class FakeSlackServer
{
    private FakeSlackResponse Answer(RecordedRequest request)
    {
        if (request.Method != "POST")
        {
            return new FakeSlackResponse { Status = 405, Body = "method_not_allowed", ContentType = "text/plain" };
        }

        if (request.Path.StartsWith("/hooks/", StringComparison.Ordinal))
        {
            return ResponseUrl(request);
        }

        if (request.Path.StartsWith("/upload/", StringComparison.Ordinal))
        {
            return Upload(request);
        }

        if (!request.Path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return new FakeSlackResponse { Status = 404, Body = "not_found", ContentType = "text/plain" };
        }

        // HTTP 200 even for errors: callers must read "ok" (§3.1).
        var auth = request.Header("Authorization");
        if (request.Path == "/api/apps.connections.open")
        {
            return OpenConnection(auth);
        }

        if (auth is null)
        {
            return FakeSlackResponse.Error("not_authed");
        }

        if (auth != "Bearer " + BotToken)
        {
            return FakeSlackResponse.Error("invalid_auth");
        }

        JsonElement json = default;
        if (request.Body.Length > 0)
        {
            if (request.Header("Content-Type")?.StartsWith("application/json", StringComparison.Ordinal) != true)
            {
                return FakeSlackResponse.Error("invalid_arguments");
            }

            try
            {
                json = request.Json;
            }
            catch (JsonException)
            {
                return FakeSlackResponse.Error("invalid_json");
            }
        }

        var warning = request.Header("Content-Type")?.Contains("charset=utf-8", StringComparison.OrdinalIgnoreCase) == true ? null : "missing_charset";
        return request.Path[5..] switch
        {
            "auth.test" => Ok(new { ok = true, url = "https://fake.slack.test/", team = "Fake Team", user = "briefbot", team_id = TeamId, user_id = BotUserId, bot_id = BotId, warning }),
            "chat.postMessage" => Post(json, warning, ephemeral: false),
            "chat.postEphemeral" => Post(json, warning, ephemeral: true),
            "conversations.history" => History(json),
            "files.getUploadURLExternal" => GetUploadUrl(json),
            "files.completeUploadExternal" => CompleteUpload(json),
            _ => FakeSlackResponse.Error("unknown_method"),
        };
    }

    private FakeSlackResponse Post(JsonElement json, string? warning, bool ephemeral)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("channel", out var channel) || channel.GetString() is not { Length: > 0 } channelId)
        {
            return FakeSlackResponse.Error("channel_not_found");
        }

        if (ephemeral && (!json.TryGetProperty("user", out var user) || user.GetString() is not { Length: > 0 }))
        {
            return FakeSlackResponse.Error("user_not_in_channel");
        }

        if (Invalid(json) is { } invalid)
        {
            return invalid;
        }

        var ts = NextTs();
        if (!ephemeral)
        {
            var stored = JsonNode.Parse(json.GetRawText())!.AsObject();
            stored["ts"] = ts;
            lock (_gate)
            {
                _posted.Add((channelId, stored));
            }
        }

        return ephemeral
            ? Ok(new { ok = true, message_ts = ts, warning })
            : Ok(new { ok = true, channel = channelId, ts, warning });
    }

    /// <summary>apps.connections.open: the app-level token in the header only (§5.1); a bot token is the wrong kind.</summary>
    private FakeSlackResponse OpenConnection(string? auth)
    {
        if (auth is null)
        {
            return FakeSlackResponse.Error("not_authed");
        }

        if (auth.StartsWith("Bearer xoxb-", StringComparison.Ordinal))
        {
            return FakeSlackResponse.Error("not_allowed_token_type");
        }

        if (auth != "Bearer " + FakeSocketModeServer.AppToken)
        {
            return FakeSlackResponse.Error("invalid_auth");
        }

        return SocketMode is { } socketMode
            ? Ok(new { ok = true, url = socketMode.NewConnectionUrl().AbsoluteUri })
            : FakeSlackResponse.Error("socket_mode_not_enabled");
    }

    /// <summary>conversations.history: the channel's messages, newest first, metadata included when asked (§3.3).</summary>
    private FakeSlackResponse History(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("channel", out var channel) || channel.GetString() is not { Length: > 0 } channelId)
        {
            return FakeSlackResponse.Error("channel_not_found");
        }

        var withMetadata = json.TryGetProperty("include_all_metadata", out var all) && all.ValueKind == JsonValueKind.True;
        var messages = new JsonArray();
        lock (_gate)
        {
            foreach (var (postedIn, message) in Enumerable.Reverse(_posted))
            {
                if (postedIn != channelId)
                {
                    continue;
                }

                var listed = new JsonObject { ["type"] = "message", ["ts"] = message["ts"]!.GetValue<string>(), ["text"] = message["text"]?.GetValue<string>() };
                if (withMetadata && message["metadata"] is { } metadata)
                {
                    listed["metadata"] = metadata.DeepClone();
                }

                messages.Add(listed);
            }
        }

        return new FakeSlackResponse { Body = new JsonObject { ["ok"] = true, ["messages"] = messages }.ToJsonString() };
    }

    /// <summary>A response_url: JSON message in, "ok" out; five uses (§1.4), then refused.</summary>
    private FakeSlackResponse ResponseUrl(RecordedRequest request)
    {
        lock (_gate)
        {
            var uses = _hookUses.GetValueOrDefault(request.Path) + 1;
            _hookUses[request.Path] = uses;
            if (uses > 5)
            {
                return new FakeSlackResponse { Status = 404, Body = "used_url", ContentType = "text/plain" };
            }
        }

        if (request.Header("Authorization") is not null)
        {
            // A response_url needs no token; sending the bot token there would leak it to whoever holds the URL.
            return new FakeSlackResponse { Status = 400, Body = "unexpected_authorization", ContentType = "text/plain" };
        }

        JsonElement json;
        try
        {
            json = request.Json;
        }
        catch (JsonException)
        {
            return new FakeSlackResponse { Status = 400, Body = "invalid_payload", ContentType = "text/plain" };
        }

        if (SlackRules.Message(json).Count > 0)
        {
            return new FakeSlackResponse { Status = 400, Body = "invalid_blocks", ContentType = "text/plain" };
        }

        return new FakeSlackResponse { Body = "ok", ContentType = "text/plain" };
    }

    private static FakeSlackResponse? Invalid(JsonElement message)
    {
        var errors = SlackRules.Message(message);
        if (errors.Count == 0)
        {
            return null;
        }

        var error = errors.Any(e => e.Contains("msg_blocks_too_long", StringComparison.Ordinal)) ? "msg_blocks_too_long"
            : errors.Any(e => e.Contains("no_text", StringComparison.Ordinal)) ? "no_text"
            : "invalid_blocks";
        return Ok(new { ok = false, error, response_metadata = new { messages = errors } });
    }

    private static readonly JsonSerializerOptions WithoutNulls = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static FakeSlackResponse Ok(object body) => new() { Body = JsonSerializer.Serialize(body, WithoutNulls) };
}
