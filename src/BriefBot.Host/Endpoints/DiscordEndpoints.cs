using BriefBot.Discord.Interactions;
using Microsoft.AspNetCore.Http.Features;

namespace BriefBot.Host.Endpoints;

internal static class DiscordEndpoints
{
    /// <summary>
    /// POST /discord/interactions, Discord's Interactions Endpoint URL. The raw bytes go to
    /// <see cref="InteractionHandler"/> untouched, because the signature covers them exactly
    /// (shared/protocols/discord.md §1.1). Mapped only when Discord is configured.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder routes)
    {
        if (routes.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(InteractionHandler)) != true)
        {
            return routes;
        }

        routes.MapPost("/discord/interactions", HandleAsync);
        return routes;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, InteractionHandler handler)
    {
        if (context.Request.ContentLength > InteractionHandler.MaxBodyBytes)
        {
            return TooLarge();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = InteractionHandler.MaxBodyBytes;
        }

        var body = await ReadCappedAsync(context.Request.Body, context.RequestAborted);
        if (body is null)
        {
            return TooLarge();
        }

        var result = await handler.HandleAsync(
            body,
            context.Request.Headers["X-Signature-Ed25519"].FirstOrDefault(),
            context.Request.Headers["X-Signature-Timestamp"].FirstOrDefault(),
            context.RequestAborted);
        return result.IsSuccess
            ? Results.Bytes(result.Json, "application/json")
            : Results.Problem(title: result.Problem, statusCode: result.StatusCode);
    }

    /// <summary>Reads at most <see cref="InteractionHandler.MaxBodyBytes"/>; null when the body is longer.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > InteractionHandler.MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static IResult TooLarge() => Results.Problem(title: "The body is too large for an interaction", statusCode: StatusCodes.Status413PayloadTooLarge);
}
