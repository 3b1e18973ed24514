using System.Text.Json;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// What the HTTP edge sends back: 200 with an interaction response, or a 4xx with a short problem title
/// (never a stack trace, never a 500).
/// </summary>
internal sealed record InteractionResult(int StatusCode, byte[] Json, string? Problem)
{
    public bool IsSuccess => Problem is null;

    public static InteractionResult Respond(InteractionResponse response) =>
        new(200, JsonSerializer.SerializeToUtf8Bytes(response, DiscordJson.Options), null);

    public static InteractionResult Fail(int statusCode, string problem) => new(statusCode, [], problem);
}
