using BriefBot.Slack;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.SlashCommands;
using Microsoft.AspNetCore.Http.Features;

namespace BriefBot.Host.Endpoints;

internal static class SlackEndpoints
{
    /// <summary>
    /// POST /slack/commands (the slash commands' Request URL) and POST /slack/interactivity (Interactivity's Request
    /// URL). The raw bytes go to the handlers untouched, because the signature covers them exactly
    /// (shared/protocols/slack.md §2.1). Mapped only when Slack is configured with a signing secret: with Socket
    /// Mode alone (Slack__AppToken) nothing could verify a request, so the routes do not exist (404).
    /// </summary>
    public static IEndpointRouteBuilder MapSlackCommands(this IEndpointRouteBuilder routes)
    {
        var slack = routes.ServiceProvider.GetRequiredService<IConfiguration>().GetSection(SlackOptions.SectionName);
        if (routes.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(SlashCommandHandler)) != true
            || !SlackServiceCollectionExtensions.ServesHttp(slack))
        {
            return routes;
        }

        routes.MapPost("/slack/commands", (HttpContext context, SlashCommandHandler handler) =>
            HandleAsync(context, SlashCommandHandler.MaxBodyBytes, handler.HandleAsync));
        routes.MapPost("/slack/interactivity", (HttpContext context, InteractivityHandler handler) =>
            HandleAsync(context, InteractivityHandler.MaxBodyBytes, handler.HandleAsync));
        return routes;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        int maxBodyBytes,
        Func<ReadOnlyMemory<byte>, SlackRequestHeaders, CancellationToken, Task<SlackResult>> handle)
    {
        if (context.Request.ContentLength > maxBodyBytes)
        {
            return TooLarge();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBodyBytes;
        }

        var body = await ReadCappedAsync(context.Request.Body, maxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            return TooLarge();
        }

        var headers = context.Request.Headers;
        var result = await handle(
            body,
            new SlackRequestHeaders(
                headers[SlackRequestHeaders.SignatureHeader].FirstOrDefault(),
                headers[SlackRequestHeaders.TimestampHeader].FirstOrDefault(),
                headers[SlackRequestHeaders.RetryNumHeader].FirstOrDefault(),
                headers[SlackRequestHeaders.RetryReasonHeader].FirstOrDefault()),
            context.RequestAborted);
        if (!result.IsSuccess)
        {
            return Results.Problem(title: result.Problem, statusCode: result.StatusCode);
        }

        // An empty 200 is Slack's silent acknowledgement (§1.2).
        return result.Json.Length == 0 ? Results.Ok() : Results.Bytes(result.Json, "application/json");
    }

    /// <summary>Reads at most <paramref name="maxBodyBytes"/>; null when the body is longer.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, int maxBodyBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBodyBytes)
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

    private static IResult TooLarge() => Results.Problem(title: "The body is too large for a Slack request", statusCode: StatusCodes.Status413PayloadTooLarge);
}
