namespace BriefBot.Core.State.Shards;

/// <summary>
/// Spaced turns per key: whoever takes a key's turn makes the next wait <c>spacing</c>. In memory for one process
/// (<see cref="InMemoryStartSlots"/>); in PostgreSQL when replicas share a limit (<see cref="PostgresStartSlots"/>),
/// such as Discord's one session start per bucket every 5 s.
/// </summary>
public interface IStartSlots
{
    /// <summary>Takes the turn and returns zero, or returns how long until the key's next turn.</summary>
    Task<TimeSpan> TryTakeAsync(string key, TimeSpan spacing, CancellationToken cancellationToken);
}
