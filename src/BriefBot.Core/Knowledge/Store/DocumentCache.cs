using System.Collections.Concurrent;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// Records already read from one knowledge base, shared by every query on it. A base never changes once
/// written (a build swaps in a new file and a new cache), so a cached record is never stale. Bounded: when full
/// it starts again empty, which costs a few LiteDB reads and keeps memory flat on a 100,000-article shelf.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<(string Collection, string Id), object?> _records = new();

    public int Count => _records.Count;

    public T? GetOrRead<T>(string collection, string id, Func<string, string, T?> read)
        where T : class
    {
        if (_records.TryGetValue((collection, id), out var hit))
        {
            return (T?)hit;
        }

        var record = read(collection, id);
        if (_records.Count >= capacity)
        {
            _records.Clear();
        }

        _records[(collection, id)] = record;
        return record;
    }
}
