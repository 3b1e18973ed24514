namespace BriefBot.Core.Replies;

/// <summary>
/// A channel refused a message. <see cref="IsPermanent"/> is true when retrying cannot help (channel gone,
/// bot removed, permission missing); otherwise the sender retries with backoff.
/// </summary>
public sealed class PublishException : Exception
{
    public PublishException()
    {
    }

    public PublishException(string message)
        : base(message)
    {
    }

    public PublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PublishException(string message, bool isPermanent, Exception? innerException = null)
        : base(message, innerException)
    {
        IsPermanent = isPermanent;
    }

    public bool IsPermanent { get; }
}
