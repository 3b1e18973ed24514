namespace BriefBot.Core.Transports;

/// <summary>
/// What each long-lived connection (Discord Gateway shard, Slack Socket Mode) last reported, for /readyz and logs.
/// A transport registers itself when it starts, so a configured but never-connected transport counts as down.
/// </summary>
public sealed class TransportHealth(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TransportState> _states = new(StringComparer.Ordinal);

    /// <summary>Records the transport's state; <paramref name="detail"/> is shown on /readyz, so never a secret.</summary>
    public void Report(string name, bool connected, string detail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_gate)
        {
            _states[name] = new TransportState(name, connected, detail, time.GetUtcNow());
        }
    }

    /// <summary>Removes a transport that stopped on purpose (host shutting down).</summary>
    public void Forget(string name)
    {
        lock (_gate)
        {
            _states.Remove(name);
        }
    }

    public IReadOnlyList<TransportState> Snapshot()
    {
        lock (_gate)
        {
            return [.. _states.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];
        }
    }

    public bool AllConnected => Snapshot().All(s => s.Connected);
}
