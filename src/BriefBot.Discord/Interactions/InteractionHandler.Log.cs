using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

internal sealed partial class InteractionHandler
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2001, EventName = "BadSignature", Level = LogLevel.Information, Message = "Rejected an interaction: missing, stale or bad signature")]
        public static partial void BadSignature(ILogger logger);

        [LoggerMessage(EventId = 2002, EventName = "UnreadableInteraction", Level = LogLevel.Warning, Message = "Rejected a signed interaction whose body could not be read")]
        public static partial void Unreadable(ILogger logger);
    }
}
