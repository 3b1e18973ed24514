using System.Collections.Concurrent;

namespace BriefBot.Core.State;

/// <summary>
/// Who delivers each subscription's digests right now: one owner per subscription, so deliveries of the same
/// subscription are serialised and deliveries to different channels never wait for each other.
/// </summary>
internal sealed class DeliveryOwners : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>Ownership until disposed; null when another owner holds it and <paramref name="wait"/> is false.</summary>
    public async Task<IDisposable?> TryOwnAsync(string subscriptionId, bool wait, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(subscriptionId, _ => new SemaphoreSlim(1, 1));
        if (wait)
        {
            await gate.WaitAsync(cancellationToken);
        }
        else if (!await gate.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return null;
        }

        return new Ownership(gate);
    }

    public void Dispose()
    {
        foreach (var gate in _gates.Values)
        {
            gate.Dispose();
        }
    }

    private sealed class Ownership(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
