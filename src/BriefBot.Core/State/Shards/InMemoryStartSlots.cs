namespace BriefBot.Core.State.Shards;

/// <summary>Turns kept by this process: enough when no other process shares the limit.</summary>
public sealed class InMemoryStartSlots(TimeProvider time) : IStartSlots
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _freeAt = new(StringComparer.Ordinal);

    public Task<TimeSpan> TryTakeAsync(string key, TimeSpan spacing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_freeAt.TryGetValue(key, out var freeAt) && freeAt > now)
            {
                return Task.FromResult(freeAt - now);
            }

            _freeAt[key] = now + spacing;
            return Task.FromResult(TimeSpan.Zero);
        }
    }
}
