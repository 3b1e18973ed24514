using BriefBot.Core.Knowledge.Ingest;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// What a build noted of one article file: size, modification time and content hash. A later build trusts the
/// hash without reading the file when size and time are the same and the time was already in the past when it
/// was noted (a file written in the same clock tick as the build could change again unseen, as git's index knows).
/// </summary>
internal sealed record FileStamp(string Id, long Length, long LastWriteTicks, long NotedTicks, string Hash, ArticleProblem? Problem = null)
{
    private static readonly long Settled = TimeSpan.FromSeconds(2).Ticks;

    public bool Matches(ShelfFile file) =>
        file.Length == Length && file.LastWriteUtc.Ticks == LastWriteTicks && LastWriteTicks < NotedTicks - Settled;
}
