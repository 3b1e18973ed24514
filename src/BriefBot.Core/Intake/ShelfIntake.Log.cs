using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Intake;

public sealed partial class ShelfIntake
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1611, EventName = "ShelfArticleAdded", Level = LogLevel.Information, Message = "Shelf: added {ItemId} from {SourceId} ({Paragraphs} paragraphs)")]
        public static partial void Added(ILogger logger, string itemId, string sourceId, int paragraphs);

        [LoggerMessage(EventId = 1612, EventName = "ShelfArticleUpdated", Level = LogLevel.Information, Message = "Shelf: updated {ItemId} from {SourceId}")]
        public static partial void Updated(ILogger logger, string itemId, string sourceId);

        [LoggerMessage(EventId = 1613, EventName = "ShelfFeedPolled", Level = LogLevel.Information, Message = "Shelf feed {SourceId}: {Added} added, {Updated} updated, {Failed} to retry")]
        public static partial void Polled(ILogger logger, string sourceId, int added, int updated, int failed);

        [LoggerMessage(EventId = 1614, EventName = "ShelfFeedFailing", Level = LogLevel.Warning, Message = "Shelf feed {SourceId} failed ({Failures} in a row since {FailingSince:u}): {Error}; next try {NextAttempt:u}")]
        public static partial void FeedFailing(ILogger logger, string sourceId, int failures, DateTime failingSince, string error, DateTime nextAttempt);

        [LoggerMessage(EventId = 1615, EventName = "ShelfEntryFailed", Level = LogLevel.Warning, Message = "Shelf feed {SourceId}: an entry could not be read now and will be retried: {Error}")]
        public static partial void EntryFailed(ILogger logger, string sourceId, string error);

        [LoggerMessage(EventId = 1616, EventName = "ShelfPdfFailed", Level = LogLevel.Warning, Message = "Shelf: {File} could not be read as a PDF: {Error}")]
        public static partial void PdfFailed(ILogger logger, string file, string error);
    }
}
