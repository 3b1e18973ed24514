namespace BriefBot.Discord.Gateway;

/// <summary>What a shard does after its connection ends (§5.6, §5.7).</summary>
internal enum GatewayNext
{
    /// <summary>Reconnect to the resume URL and send Resume; the session and its missed events survive.</summary>
    Resume,

    /// <summary>Reconnect to the Gateway URL and Identify: the session is gone.</summary>
    Identify,

    /// <summary>Do not reconnect: only a change of settings can help.</summary>
    Stop,
}
