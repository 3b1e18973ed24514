namespace BriefBot.Core.Knowledge.Store;

/// <summary>An article file as found on disk: its name and bytes (hashed to decide whether to re-read it).</summary>
public sealed record ShelfFile(string Name, byte[] Content);
