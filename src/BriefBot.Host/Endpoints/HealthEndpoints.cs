using System.Text;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Transports;

namespace BriefBot.Host.Endpoints;

internal static class HealthEndpoints
{
    /// <summary>
    /// /healthz: the process is alive. /readyz: the knowledge base is loaded and every long-lived connection
    /// (Discord Gateway, Slack Socket Mode) is up; the body names what is not.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", () => Results.Text("ok"));
        routes.MapGet("/readyz", (KnowledgeStore store, TransportHealth transports) =>
        {
            var states = transports.Snapshot();
            var ready = store.IsLoaded && states.All(s => s.Connected);
            var body = new StringBuilder(ready ? "ready" : "not ready").Append('\n');
            body.Append("knowledge base: ").Append(store.IsLoaded ? "loaded" : "not loaded yet").Append('\n');
            if (store.IsLoaded)
            {
                // Said on its own line so an empty shelf (the wrong folder, most often) is visible from outside.
                var articles = store.Read(r => r.ArticleCount);
                body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{articles} article{(articles == 1 ? "" : "s")} on the shelf at {store.KnowledgeDirectory}\n");
            }

            foreach (var state in states)
            {
                body.Append(state.Name).Append(": ").Append(state.Connected ? "connected" : "down").Append(" (").Append(state.Detail).Append(")\n");
            }

            return Results.Text(body.ToString(), statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return routes;
    }
}
