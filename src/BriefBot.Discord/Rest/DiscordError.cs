using System.Text.Json;

namespace BriefBot.Discord.Rest;

/// <summary>Discord's error body (§4.6); <see cref="Errors"/> mirrors the request's JSON path.</summary>
internal sealed record DiscordError
{
    public int Code { get; init; }

    public string? Message { get; init; }

    public JsonElement? Errors { get; init; }
}
