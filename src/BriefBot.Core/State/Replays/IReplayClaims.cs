namespace BriefBot.Core.State.Replays;

/// <summary>
/// Keys already answered, so a request or event delivered twice (a platform's retry, a resumed gateway, a
/// re-delivery to another replica) is answered once. In memory for one process (<see cref="InMemoryReplayClaims"/>,
/// the default); in PostgreSQL when replicas share state (<see cref="PostgresReplayClaims"/>).
/// </summary>
public interface IReplayClaims
{
    /// <summary>
    /// True for the first claim of <paramref name="key"/> within <paramref name="window"/>, by whichever process
    /// sharing this state made it; false for every repeat until the window has passed.
    /// </summary>
    bool TryClaim(string key, TimeSpan window);
}
