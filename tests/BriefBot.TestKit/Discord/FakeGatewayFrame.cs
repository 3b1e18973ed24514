using System.Text.Json;

namespace BriefBot.TestKit.Discord;

/// <summary>One message the client sent to the fake Gateway, on connection number <see cref="Connection"/> (from 1).</summary>
public sealed record FakeGatewayFrame(int Connection, int Op, JsonElement D, string Raw);
