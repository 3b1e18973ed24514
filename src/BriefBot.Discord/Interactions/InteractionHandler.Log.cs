using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Interactions;

internal sealed partial class InteractionHandler
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2001, EventName = "ReplayedInteraction", Level = LogLevel.Warning, Message = "Rejected a signed interaction whose id was already received (a replay)")]
        public static partial void Replayed(ILogger logger);

        [LoggerMessage(EventId = 2002, EventName = "UnreadableInteraction", Level = LogLevel.Warning, Message = "Rejected a signed interaction whose body could not be read")]
        public static partial void Unreadable(ILogger logger);
    }
}
