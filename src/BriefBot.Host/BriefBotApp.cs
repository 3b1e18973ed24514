using BriefBot.Core.Commands;
using BriefBot.Host.Endpoints;

namespace BriefBot.Host;

/// <summary>Composition of the web host: what runs and which routes exist. Tests build it too, on 127.0.0.1:0.</summary>
public static class BriefBotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Commands are platform-neutral; every adapter feeds the same dispatcher.
        builder.Services.AddCommandDispatcher();

        // Problem details give 4xx answers a stable, stack-trace-free shape.
        builder.Services.AddProblemDetails();

        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapHealth();
        return app;
    }
}
