using System.Text.Json.Nodes;

namespace BriefBot.TestKit.Discord;

/// <summary>The fake's answer to <c>GET /gateway/bot</c> (shared/protocols/discord.md §5.1).</summary>
public sealed record FakeGatewayBot
{
    public Uri Url { get; init; } = new("ws://127.0.0.1:1/");

    public int Shards { get; init; } = 1;

    public int Total { get; init; } = 1000;

    public int Remaining { get; init; } = 1000;

    /// <summary>Milliseconds until <see cref="Remaining"/> resets.</summary>
    public long ResetAfter { get; init; } = 14_400_000;

    public int MaxConcurrency { get; init; } = 1;

    public string ToJson() => new JsonObject
    {
        ["url"] = Url.AbsoluteUri,
        ["shards"] = Shards,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = Total,
            ["remaining"] = Remaining,
            ["reset_after"] = ResetAfter,
            ["max_concurrency"] = MaxConcurrency,
        },
    }.ToJsonString();
}
