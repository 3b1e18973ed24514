namespace BriefBot.Host.Endpoints;

internal static class HealthEndpoints
{
    /// <summary>/healthz: the process is alive.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", () => Results.Text("ok"));
        return routes;
    }
}
