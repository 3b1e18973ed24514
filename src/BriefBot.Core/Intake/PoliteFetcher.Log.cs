using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Intake;

public sealed partial class PoliteFetcher
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1601, EventName = "ShelfFetched", Level = LogLevel.Debug, Message = "Fetched from {Host}: {Status}, {Bytes} bytes")]
        public static partial void Fetched(ILogger logger, string host, int status, int bytes);
    }
}
