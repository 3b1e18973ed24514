namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// A file a build writes a new base (or LiteDB's log of it) into. LiteDB forces every page it writes to disk
/// (thousands of syncs for one base, each a round trip to the disk); a file that is only moved into place once
/// complete needs one sync, at the end (<see cref="SyncToDisk"/>). Flush here hands the data to the operating system
/// and no further.
/// </summary>
internal sealed class SyncAtEndFile(string path) : Stream
{
    private readonly FileStream _file = new(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.RandomAccess);

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    public void SyncToDisk() => _file.Flush(flushToDisk: true);

    public override void Flush() => _file.Flush(flushToDisk: false);

    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => _file.Read(buffer);

    public override void Write(byte[] buffer, int offset, int count) => _file.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _file.Write(buffer);

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override void SetLength(long value) => _file.SetLength(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
