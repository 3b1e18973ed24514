namespace BriefBot.Core.Digests;

public enum DigestStatus
{
    /// <summary>Recorded before sending: after a crash it is sent (or found sent) once.</summary>
    Pending,
    Sent,
    Failed,

    /// <summary>Never reached the channel and a later digest, covering its window, went instead.</summary>
    Superseded,
}
