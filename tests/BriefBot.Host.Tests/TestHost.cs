using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Host.Tests;

/// <summary>
/// The real host on 127.0.0.1:0. Disposing it stops it first: a host only disposed keeps its Quartz scheduler
/// and background services running inside the test process, firing into a disposed container.
/// </summary>
internal sealed class TestHost : IAsyncDisposable
{
    private bool _started;

    private TestHost(WebApplication app)
    {
        App = app;
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public Uri BaseAddress => new(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Builds the host without starting it, for tests that must subscribe to something first.</summary>
    public static TestHost Build(IEnumerable<string> args, Action<WebApplicationBuilder>? configure = null) =>
        new(BriefBotApp.Build(["--urls", "http://127.0.0.1:0", .. args], configure));

    public static async Task<TestHost> StartAsync(IEnumerable<string> args, Action<WebApplicationBuilder>? configure = null)
    {
        var host = Build(args, configure);
        await host.StartAsync();
        return host;
    }

    public async Task StartAsync()
    {
        _started = true;
        await App.StartAsync(Xunit.TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_started)
            {
                await App.StopAsync(CancellationToken.None);
            }
        }
        finally
        {
            await App.DisposeAsync();
        }
    }
}
