namespace BriefBot.Slack.SocketMode;

/// <summary>
/// Waits between reconnects: 1 s doubling to a 60 s cap, each stretched by up to 20 % jitter so that many bots cut
/// off together do not return together. <see cref="Reset"/> after a connection that stayed up.
/// </summary>
internal sealed class ReconnectBackoff(Func<double> nextJitter)
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(60);
    private const double JitterShare = 0.2;

    private int _failures;

    public ReconnectBackoff()
        : this(Random.Shared.NextDouble)
    {
    }

    public TimeSpan Next()
    {
        var plain = First * Math.Pow(2, Math.Min(_failures, 16));
        _failures++;
        var jittered = plain * (1 + (JitterShare * Math.Clamp(nextJitter(), 0, 1)));
        return jittered > Longest ? Longest : jittered;
    }

    public void Reset() => _failures = 0;
}
