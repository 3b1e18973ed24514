using BriefBot.Core.Transports;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Slack.SocketMode;

/// <summary>Runs the Socket Mode client for the host's lifetime; registered by AddSlack only when an app-level token is set.</summary>
internal sealed class SocketModeHostedService(SocketModeClient client, TransportHealth health) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Registered before ExecuteAsync runs (on its own task since .NET 10), so /readyz is 503 until hello.
        health.Report(SocketModeClient.HealthName, connected: false, "connecting");
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        health.Forget(SocketModeClient.HealthName);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => client.RunAsync(stoppingToken);
}
