using BriefBot.Core.Knowledge.Store;

namespace BriefBot.Host.Endpoints;

internal static class HealthEndpoints
{
    /// <summary>/healthz: the process is alive. /readyz: the knowledge base is loaded.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", () => Results.Text("ok"));
        routes.MapGet("/readyz", (KnowledgeStore store) => store.IsLoaded
            ? Results.Text("ready")
            : Results.Text("knowledge base not loaded yet", statusCode: StatusCodes.Status503ServiceUnavailable));
        return routes;
    }
}
