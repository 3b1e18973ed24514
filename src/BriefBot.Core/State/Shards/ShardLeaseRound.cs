namespace BriefBot.Core.State.Shards;

/// <summary>What one lease round left this replica with.</summary>
/// <param name="Held">Shards whose lease this replica holds until <paramref name="ValidUntil"/>: renewed or newly claimed.</param>
/// <param name="Surplus">Held shards above the fair share, to stop and then release so a newer replica can claim them.</param>
/// <param name="LiveReplicas">Replicas whose heartbeat has not lapsed, this one included.</param>
/// <param name="ValidUntil">When the leases lapse unless renewed, by this replica's clock as read before the round.</param>
public sealed record ShardLeaseRound(IReadOnlyList<int> Held, IReadOnlyList<int> Surplus, int LiveReplicas, DateTimeOffset ValidUntil);
