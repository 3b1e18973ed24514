using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway.Leases;

internal sealed partial class LeasedShards
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2441, EventName = "ShardLeasesStarting", Level = LogLevel.Information, Message = "Discord shard leases: replica {ReplicaId} shares {ShardCount} shards through PostgreSQL, lease {LeaseSeconds} s")]
        public static partial void Starting(ILogger logger, string replicaId, int shardCount, double leaseSeconds);

        [LoggerMessage(EventId = 2442, EventName = "ShardLeasesHolding", Level = LogLevel.Information, Message = "Discord shard leases: replica {ReplicaId} runs shards {Shards} of {ShardCount} ({Replicas} replicas live)")]
        public static partial void Holding(ILogger logger, string replicaId, string shards, int shardCount, int replicas);

        [LoggerMessage(EventId = 2443, EventName = "ShardLeasesLost", Level = LogLevel.Warning, Message = "Discord shard leases: lost the lease on shards {Shards}; disconnecting them")]
        public static partial void Lost(ILogger logger, string shards);

        [LoggerMessage(EventId = 2444, EventName = "ShardLeasesReleased", Level = LogLevel.Information, Message = "Discord shard leases: released shards {Shards} for the other replicas ({Replicas} live)")]
        public static partial void Released(ILogger logger, string shards, int replicas);

        [LoggerMessage(EventId = 2445, EventName = "ShardLeasesRenewFailed", Level = LogLevel.Warning, Message = "Discord shard leases: renewal failed (disconnecting every shard before the leases lapse: {IsStopping})")]
        public static partial void RenewFailed(ILogger logger, bool isStopping, Exception exception);

        [LoggerMessage(EventId = 2446, EventName = "ShardLeasesLeft", Level = LogLevel.Information, Message = "Discord shard leases: replica {ReplicaId} released its shards and left")]
        public static partial void Left(ILogger logger, string replicaId);

        [LoggerMessage(EventId = 2447, EventName = "ShardLeasesLeaveFailed", Level = LogLevel.Warning, Message = "Discord shard leases: could not release the leases on stop; the other replicas take the shards over when they lapse")]
        public static partial void LeaveFailed(ILogger logger, Exception exception);
    }
}
