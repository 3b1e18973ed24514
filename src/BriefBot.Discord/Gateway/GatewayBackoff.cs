namespace BriefBot.Discord.Gateway;

/// <summary>
/// Reconnect delays: 1 s doubling to a 60 s cap, each shortened by up to a fifth at random so shards spread out.
/// A session that became ready resets it, so one drop after hours waits a second, and a refusing server is
/// never hammered.
/// </summary>
internal sealed class GatewayBackoff(GatewayJitter jitter)
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    private int _failures;

    public TimeSpan Next()
    {
        var step = Math.Min(First.TotalMilliseconds * Math.Pow(2, _failures), Cap.TotalMilliseconds);
        _failures = Math.Min(_failures + 1, 30);
        return TimeSpan.FromMilliseconds(Math.Round(step * (1 - (0.2 * jitter.Next()))));
    }

    public void Reset() => _failures = 0;
}
