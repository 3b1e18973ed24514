using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack.WebApi;

/// <summary>
/// Calls auth.test once at start (shared/protocols/slack.md §3.3) and says which workspace and bot the token
/// belongs to, or why Slack refused it. Commands are answered either way, so a refusal is logged, not fatal.
/// </summary>
internal sealed partial class SlackTokenCheck(IServiceProvider services, ILogger<SlackTokenCheck> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var client = services.GetRequiredService<SlackWebApiClient>();
            var auth = await client.AuthTestAsync(stoppingToken);
            Log.Connected(logger, auth.Team ?? "", auth.TeamId ?? "", auth.BotId ?? "");
        }
        catch (SlackApiException ex)
        {
            Log.Refused(logger, ex.Error ?? "unknown", ex.IsTokenProblem);
        }
        catch (HttpRequestException ex)
        {
            Log.Unreachable(logger, ex);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stopped before Slack answered; nothing to report.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3401, EventName = "SlackConnected", Level = LogLevel.Information, Message = "Slack bot token works: workspace {Team} ({TeamId}), bot {BotId}")]
        public static partial void Connected(ILogger logger, string team, string teamId, string botId);

        [LoggerMessage(EventId = 3402, EventName = "SlackTokenRefused", Level = LogLevel.Error, Message = "Slack refused the bot token at start: {Error} (token problem: {IsTokenProblem}); check Slack__BotToken")]
        public static partial void Refused(ILogger logger, string error, bool isTokenProblem);

        [LoggerMessage(EventId = 3403, EventName = "SlackUnreachable", Level = LogLevel.Warning, Message = "Could not reach Slack to check the bot token")]
        public static partial void Unreachable(ILogger logger, Exception exception);
    }
}
