using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Slack;

/// <summary>Says once, at start, that Slack is off, so an operator who expected it knows where to look.</summary>
internal sealed partial class SlackOffNotice(ILogger<SlackOffNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.Off(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 3901, EventName = "SlackOff", Level = LogLevel.Information, Message = "Slack is off: no Slack settings. To turn it on set Slack__AppToken and Slack__BotToken (Socket Mode, no public URL), or Slack__SigningSecret and Slack__BotToken (HTTP)")]
        public static partial void Off(ILogger logger);
    }
}
