using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

internal sealed partial class GatewayShard
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2401, EventName = "GatewayIdentifying", Level = LogLevel.Information, Message = "Gateway shard {Shard}: identifying (new session)")]
        public static partial void Identifying(ILogger logger, string shard);

        [LoggerMessage(EventId = 2402, EventName = "GatewayResuming", Level = LogLevel.Information, Message = "Gateway shard {Shard}: resuming the session after sequence {Sequence}")]
        public static partial void Resuming(ILogger logger, string shard, long? sequence);

        [LoggerMessage(EventId = 2403, EventName = "GatewayReady", Level = LogLevel.Information, Message = "Gateway shard {Shard}: ready")]
        public static partial void Ready(ILogger logger, string shard);

        [LoggerMessage(EventId = 2404, EventName = "GatewayResumed", Level = LogLevel.Information, Message = "Gateway shard {Shard}: resumed")]
        public static partial void Resumed(ILogger logger, string shard);

        [LoggerMessage(EventId = 2405, EventName = "GatewayReconnecting", Level = LogLevel.Warning, Message = "Gateway shard {Shard}: {Reason}; reconnecting in {DelaySeconds} s (resume: {IsResume})")]
        public static partial void Reconnecting(ILogger logger, string shard, string reason, double delaySeconds, bool isResume);

        [LoggerMessage(EventId = 2406, EventName = "GatewayStopped", Level = LogLevel.Error, Message = "Gateway shard {Shard} stopped and will not reconnect. {Reason}")]
        public static partial void Stopped(ILogger logger, string shard, string reason);

        [LoggerMessage(EventId = 2407, EventName = "GatewayZombie", Level = LogLevel.Warning, Message = "Gateway shard {Shard}: the last heartbeat was never acknowledged; dropping the connection")]
        public static partial void Zombie(ILogger logger, string shard);

        [LoggerMessage(EventId = 2408, EventName = "GatewayIdentifyLimit", Level = LogLevel.Warning, Message = "Gateway shard {Shard}: Discord's daily session-start limit is used up; identifying again in {WaitSeconds} s")]
        public static partial void IdentifyAllowanceUsedUp(ILogger logger, string shard, double waitSeconds);

        [LoggerMessage(EventId = 2409, EventName = "GatewayUnreadable", Level = LogLevel.Warning, Message = "Gateway shard {Shard}: could not read a Gateway message; reconnecting")]
        public static partial void Unreadable(ILogger logger, string shard, Exception exception);

        [LoggerMessage(EventId = 2410, EventName = "GatewayReceived", Level = LogLevel.Debug, Message = "Gateway shard {Shard}: op {Op} t {Type} s {Sequence}")]
        public static partial void Received(ILogger logger, string shard, int op, string? type, long? sequence);

        [LoggerMessage(EventId = 2411, EventName = "GatewayHeartbeat", Level = LogLevel.Debug, Message = "Gateway shard {Shard}: heartbeat at sequence {Sequence}")]
        public static partial void HeartbeatSent(ILogger logger, string shard, long? sequence);

        [LoggerMessage(EventId = 2413, EventName = "GatewayHeartbeatAcked", Level = LogLevel.Debug, Message = "Gateway shard {Shard}: heartbeat acknowledged")]
        public static partial void HeartbeatAcked(ILogger logger, string shard);

        [LoggerMessage(EventId = 2414, EventName = "GatewayIdentifyTurnFailed", Level = LogLevel.Warning, Message = "Gateway shard {Shard}: could not take an identify turn from the shared state; asking again in {DelaySeconds} s")]
        public static partial void IdentifyTurnFailed(ILogger logger, string shard, double delaySeconds, Exception exception);

        [LoggerMessage(EventId = 2412, EventName = "GatewayShuttingDown", Level = LogLevel.Information, Message = "Gateway shard {Shard}: closed for shutdown")]
        public static partial void ShuttingDown(ILogger logger, string shard);
    }
}
