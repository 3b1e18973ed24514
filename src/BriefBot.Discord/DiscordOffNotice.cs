using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord;

/// <summary>Says once, at start, that Discord is off, so an operator who expected it knows where to look.</summary>
internal sealed partial class DiscordOffNotice(ILogger<DiscordOffNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.Off(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 2901, EventName = "DiscordOff", Level = LogLevel.Information, Message = "Discord is off: no Discord settings (set Discord__BotToken and Discord__ApplicationId to connect through the Gateway, or Discord__PublicKey for the HTTP endpoint)")]
        public static partial void Off(ILogger logger);
    }
}
