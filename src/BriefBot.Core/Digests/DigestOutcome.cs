namespace BriefBot.Core.Digests;

public enum DigestOutcome
{
    Sent,

    /// <summary>This occurrence had been delivered before (a second wake-up, a restart): nothing sent.</summary>
    AlreadySent,

    /// <summary>Found in the channel after a crash between sending and recording: recorded, not resent.</summary>
    Recovered,

    /// <summary>Still pending after transient failures; the next sweep tries again within the window.</summary>
    WillRetry,

    /// <summary>Refused for good: the subscription is paused and says why.</summary>
    Paused,

    NotDue,

    /// <summary>Another run owns this subscription's delivery right now; it is left to that owner.</summary>
    InFlight,
}
