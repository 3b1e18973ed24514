namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// An article file as found on disk: its name, size and modification time. The bytes are read only when the
/// size or time differ from what the last build noted (then hashed to decide whether to extract it again).
/// </summary>
public sealed record ShelfFile(string Name, string Path, long Length, DateTime LastWriteUtc)
{
    public string Id => System.IO.Path.GetFileNameWithoutExtension(Name);

    public byte[] ReadContent() => File.ReadAllBytes(Path);
}
