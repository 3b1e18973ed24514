using System.Globalization;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// The knowledge base is rebuildable, so a file that cannot be opened (zero bytes, truncated, overwritten) is not
/// an error: it is moved aside as <c>knowledge.db.corrupt-TIME</c> for anyone who wants to look, and rebuilt.
/// </summary>
public sealed partial class KnowledgeStore
{
    /// <summary>Where the last unreadable base was moved to, for the CLI to say so; null when none was.</summary>
    public string? MovedAsideTo { get; private set; }

    private void MoveAsideIfUnreadable()
    {
        var path = DatabasePath;
        if (IsLoaded || !File.Exists(path))
        {
            return;
        }

        try
        {
            using var db = Open(path, readOnly: true);
            _ = LoadIndex(db);
            _ = db.GetCollection(KnowledgeDocuments.Meta).FindById(KnowledgeDocuments.GazetteerHashKey);
            return;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException or UnauthorizedAccessException))
        {
            // LiteDB reports a damaged file with whatever failed first (LiteException, NotSupportedException,
            // ArgumentOutOfRangeException from a garbage date...), so anything but the reasons below means "unreadable".
            var aside = path + ".corrupt-" + _time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            File.Move(path, aside, overwrite: true);
            MovedAsideTo = aside;
            Log.MovedAside(_logger, ex.GetType().Name, path, aside);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1106, EventName = "KnowledgeMovedAside", Level = LogLevel.Warning, Message = "The knowledge base at {Path} was unreadable ({Reason}); moved it to {Aside} and rebuilding it from the shelf")]
        public static partial void MovedAside(ILogger logger, string reason, string path, string aside);
    }
}
