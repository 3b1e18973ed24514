using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// The HTTP front of interactions: checks the signature over the raw bytes, parses them, answers PING, and hands
/// everything else to <see cref="InteractionResponder"/> (shared/protocols/discord.md §1.1–§1.2). Knows nothing of ASP.NET.
/// </summary>
internal sealed partial class InteractionHandler(Ed25519SignatureVerifier verifier, InteractionResponder responder, ILogger<InteractionHandler> logger)
{
    /// <summary>Largest body read. Interactions from component clicks carry the message they came from, so allow room.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public async Task<InteractionResult> HandleAsync(ReadOnlyMemory<byte> body, string? signature, string? timestamp, CancellationToken cancellationToken)
    {
        if (!verifier.IsValid(signature, timestamp, body.Span))
        {
            Log.BadSignature(logger);
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
        return (InteractionType)payload.Type == InteractionType.Ping
            ? InteractionResult.Respond(InteractionResponse.Of(InteractionCallbackType.Pong))
            : await responder.RespondAsync(payload, cancellationToken);
    }
}
