namespace BriefBot.Core.Replies;

/// <summary>How one platform's deferred answers end, in that platform's log lines (each has its own event ids).</summary>
public interface IDeferredAnswerLog
{
    void Delivered();

    /// <summary>The work failed (an error reply is sent instead) or the answer could not be sent.</summary>
    void Failed(Exception exception);

    /// <summary>The answer's token or URL expired, or the host is stopping.</summary>
    void Abandoned();
}
