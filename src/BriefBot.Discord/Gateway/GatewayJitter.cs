namespace BriefBot.Discord.Gateway;

/// <summary>
/// Random fractions in [0, 1) for the first heartbeat (§5.3), reconnect backoff and the invalid-session wait,
/// so many shards or bots do not act in lockstep. Tests fix the value.
/// </summary>
internal sealed class GatewayJitter(Func<double> next)
{
    public static GatewayJitter Random { get; } = new(System.Random.Shared.NextDouble);

    public double Next() => Math.Clamp(next(), 0, 0.999999);
}
