using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefBot.TestKit.Discord;

public sealed partial class FakeDiscordGateway
{
    /// <summary>Privileged intents (§5.8): GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT.</summary>
    private const long PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);

    /// <summary>Checks Identify as Discord would (§5.4, §5.7) and starts a session.</summary>
    private async Task IdentifyAsync(FakeGatewayConnection connection, JsonElement d)
    {
        if (CloseCodeFor(connection, d) is { } code)
        {
            await connection.CloseAsync(code, CancellationToken.None);
            return;
        }

        lock (_gate)
        {
            // Discord would let both run and send each event to one of them; a bot must never get here (§5.10).
            connection.Shard = d.TryGetProperty("shard", out var shard) ? shard.GetRawText() : "[0,1]";
            if (_connections.Any(c => c != connection && c.Shard == connection.Shard && !c.Closed.IsCompleted))
            {
                _doubleIdentifies++;
            }

            _sessionCount++;
            _sessionId = "fake-session-" + _sessionCount.ToString(CultureInfo.InvariantCulture);
            _sequence = 0;
            _dispatches.Clear();
        }

        if (!HoldReady)
        {
            await SendReadyAsync(CancellationToken.None);
        }
    }

    /// <summary>Replays the dispatches after the client's <c>seq</c>, then RESUMED; an unknown session gets op 9 false.</summary>
    private async Task ResumeAsync(FakeGatewayConnection connection, JsonElement d)
    {
        if (d.GetProperty("token").GetString() != ExpectedToken)
        {
            await connection.CloseAsync(4004, CancellationToken.None);
            return;
        }

        var sessionId = d.GetProperty("session_id").GetString();
        var seq = d.TryGetProperty("seq", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : 0;
        List<string> replay;
        lock (_gate)
        {
            if (sessionId != _sessionId || seq > _sequence)
            {
                replay = [];
                sessionId = null;
            }
            else
            {
                replay = [.. _dispatches.Where(x => x.Sequence > seq).Select(x => x.Json)];
            }
        }

        if (sessionId is null)
        {
            await SendAsync(connection, new JsonObject { ["op"] = 9, ["d"] = false });
            return;
        }

        foreach (var json in replay)
        {
            await connection.SendAsync(json, FragmentSize, CancellationToken.None);
        }

        await DispatchAsync("RESUMED", new JsonObject(), CancellationToken.None);
    }

    private static int? CloseCodeFor(FakeGatewayConnection connection, JsonElement d)
    {
        if (connection.Query != "?v=10&encoding=json")
        {
            return 4012;
        }

        if (!d.TryGetProperty("token", out var token) || token.GetString() != ExpectedToken)
        {
            return 4004;
        }

        if (!d.TryGetProperty("intents", out var intents) || intents.ValueKind != JsonValueKind.Number)
        {
            return 4013;
        }

        if ((intents.GetInt64() & PrivilegedIntents) != 0)
        {
            return 4014;
        }

        if (!d.TryGetProperty("properties", out var properties) || !properties.TryGetProperty("os", out _) || !properties.TryGetProperty("browser", out _) || !properties.TryGetProperty("device", out _))
        {
            return 4001;
        }

        if (d.TryGetProperty("shard", out var shard) && (shard.GetArrayLength() != 2 || shard[0].GetInt32() < 0 || shard[0].GetInt32() >= shard[1].GetInt32()))
        {
            return 4010;
        }

        return null;
    }
}
