using BriefBot.Core.State.Replays;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// Interaction ids seen lately. A resume replays dispatches a shard may already have handled (§5.6), and an
/// interaction answered twice fails with 40060 (§1.9); remembering ids for a token's lifetime makes the second
/// delivery a no-op, on whichever replica it lands when replicas share PostgreSQL.
/// </summary>
internal sealed class RecentInteractionIds(IReplayClaims claims)
{
    /// <summary>An interaction token lives 15 minutes (§1.9); no replay comes later than that.</summary>
    public static readonly TimeSpan Remember = TimeSpan.FromMinutes(15);

    /// <summary>True the first time an id is seen, false for a repeat.</summary>
    public bool TryAdd(string id) => claims.TryClaim("discord:" + id, Remember);
}
