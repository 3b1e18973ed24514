using System.Globalization;
using System.Text;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Transports;

namespace BriefBot.Host.Endpoints;

internal static class HealthEndpoints
{
    /// <summary>
    /// /healthz: the process is alive. /readyz: the knowledge base is loaded and every long-lived connection
    /// (Discord Gateway, Slack Socket Mode) is up; the body names what is not, and gives the base's version and the
    /// shelf's. /readyz?current also asks that the base be built from the shelf as it is now, so a load balancer can
    /// hold traffic from a replica still rebuilding. Text by default; JSON for <c>Accept: application/json</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", () => Results.Text("ok"));
        routes.MapGet("/readyz", (HttpRequest request, KnowledgeStore store, TransportHealth transports) =>
        {
            var readiness = Readiness.Of(store, transports, requireCurrent: request.Query.ContainsKey("current"));
            var status = readiness.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            return request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true)
                ? Results.Json(readiness, statusCode: status)
                : Results.Text(Text(readiness, store.KnowledgeDirectory), statusCode: status);
        });
        return routes;
    }

    private static string Text(Readiness readiness, string shelf)
    {
        var body = new StringBuilder(readiness.Ready ? "ready" : "not ready").Append('\n');
        body.Append("knowledge base: ").Append(readiness.KnowledgeBase.Loaded ? "loaded" : "not loaded yet").Append('\n');
        if (readiness.KnowledgeBase.Articles is { } articles)
        {
            // Said on its own line so an empty shelf (the wrong folder, most often) is visible from outside.
            body.Append(CultureInfo.InvariantCulture, $"{articles} article{(articles == 1 ? "" : "s")} on the shelf at {shelf}\n");
        }

        body.Append("knowledge base version: ").Append(readiness.KnowledgeBase.Version ?? "none yet")
            .Append(", shelf version: ").Append(readiness.KnowledgeBase.ShelfVersion)
            .Append(readiness.KnowledgeBase.Current ? " (current)" : " (the base is older than the shelf)").Append('\n');
        foreach (var transport in readiness.Transports)
        {
            body.Append(transport.Name).Append(": ").Append(transport.Connected ? "connected" : "down").Append(" (").Append(transport.Detail).Append(")\n");
        }

        return body.ToString();
    }
}
