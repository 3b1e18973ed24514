using System.Text.Json;
using BriefBot.Core.Transports;
using BriefBot.Discord.Gateway;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// The HTTP front of interactions: checks the signature over the raw bytes, parses them, answers PING, and hands
/// everything else to <see cref="InteractionResponder"/> (shared/protocols/discord.md §1.1–§1.2). Knows nothing of ASP.NET.
/// </summary>
internal sealed partial class InteractionHandler(Ed25519SignatureVerifier verifier, InteractionResponder responder, RecentInteractionIds recent, RejectedRequests rejected, ILogger<InteractionHandler> logger)
{
    /// <summary>Largest body read. Interactions from component clicks carry the message they came from, so allow room.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public async Task<InteractionResult> HandleAsync(ReadOnlyMemory<byte> body, string? signature, string? timestamp, CancellationToken cancellationToken)
    {
        if (!verifier.IsValid(signature, timestamp, body.Span))
        {
            rejected.Reject("discord");
            return InteractionResult.Fail(401, "Invalid request signature");
        }

        InteractionPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<InteractionPayload>(body.Span, DiscordJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            payload = null;
        }

        if (payload is null)
        {
            Log.Unreadable(logger);
            return InteractionResult.Fail(400, "The body is not an interaction");
        }

        // Discord checks the endpoint with signed PINGs (§1.2); they never come over the Gateway.
        if ((InteractionType)payload.Type == InteractionType.Ping)
        {
            return InteractionResult.Respond(InteractionResponse.Of(InteractionCallbackType.Pong));
        }

        // A signed request replayed as it is passes the signature check for the timestamp window
        // (Ed25519SignatureVerifier.MaxAge); an id seen within a token's lifetime is refused instead of answered again.
        if (payload.Id is { Length: > 0 } id && !recent.TryAdd(id))
        {
            Log.Replayed(logger);
            return InteractionResult.Fail(409, "This interaction was already received");
        }

        return await responder.RespondAsync(payload, cancellationToken);
    }
}
