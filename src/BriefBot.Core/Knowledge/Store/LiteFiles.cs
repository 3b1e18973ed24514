namespace BriefBot.Core.Knowledge.Store;

/// <summary>A LiteDB data file and the write-ahead log LiteDB keeps beside it.</summary>
internal static class LiteFiles
{
    /// <summary>LiteDB 5 names the log "{name}-log{extension}": knowledge.db → knowledge-log.db, knowledge.db.building → knowledge.db-log.building.</summary>
    public static string LogPathOf(string dataPath) => Path.Combine(
        Path.GetDirectoryName(dataPath) ?? "",
        Path.GetFileNameWithoutExtension(dataPath) + "-log" + Path.GetExtension(dataPath));

    /// <summary>Removes the data file and its log, whichever exist.</summary>
    public static void DeleteWithLog(string dataPath)
    {
        File.Delete(dataPath);
        File.Delete(LogPathOf(dataPath));
    }
}
