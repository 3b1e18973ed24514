using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Rest;

/// <summary>
/// Registers the commands once at start when the bot token and application id are set. A failure is logged and the
/// host keeps answering interactions: the commands registered last time still work.
/// </summary>
internal sealed partial class CommandRegistrationService(IServiceProvider services, IOptions<DiscordOptions> options, ILogger<CommandRegistrationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.CanRegisterCommands || !options.Value.RegisterCommandsOnStart)
        {
            Log.NotRegistering(logger);
            return;
        }

        try
        {
            var registrar = services.GetRequiredService<CommandRegistrar>();
            await registrar.RegisterAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
        {
            Log.RegistrationFailed(logger, ex);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2103, EventName = "NotRegistering", Level = LogLevel.Information, Message = "Discord commands are not registered at start (no bot token, or disabled); run the register verb when needed")]
        public static partial void NotRegistering(ILogger logger);

        [LoggerMessage(EventId = 2104, EventName = "RegistrationFailed", Level = LogLevel.Error, Message = "Registering Discord commands at start failed; the previously registered commands stay in place")]
        public static partial void RegistrationFailed(ILogger logger, Exception exception);
    }
}
