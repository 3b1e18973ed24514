namespace BriefBot.Core.Replies;

/// <summary>Where the CLI and the outbox put a reply's file: beside the outbox's digests, under <c>files/</c>.</summary>
public static class AttachmentFiles
{
    /// <summary>Writes the file whole or not at all (a temporary file moved into place) and returns its full path.</summary>
    public static async Task<string> SaveAsync(string outboxDirectory, ReplyAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var directory = Path.GetFullPath(Path.Combine(outboxDirectory, "files"));
        Directory.CreateDirectory(directory);

        // The name comes from the command's own export (period and actor), but never leaves the folder.
        var path = Path.Combine(directory, Path.GetFileName(attachment.FileName));
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, attachment.Content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
