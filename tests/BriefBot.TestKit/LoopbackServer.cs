using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.TestKit;

/// <summary>What every fake platform server starts on: Kestrel on 127.0.0.1 with a free port, no logging.</summary>
public static class LoopbackServer
{
    /// <summary>
    /// Builds the app, lets <paramref name="create"/> make the fake around it and return its request handler,
    /// starts it, and returns the fake with the address it listens on (<c>http://127.0.0.1:port/</c>).
    /// </summary>
    public static async Task<(T Fake, Uri Address)> StartAsync<T>(Func<WebApplication, (T Fake, RequestDelegate Handle)> create, bool webSockets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var (fake, handle) = create(app);
        if (webSockets)
        {
            app.UseWebSockets();
        }

        app.Run(handle);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (fake, new Uri(address.TrimEnd('/') + "/"));
    }
}
