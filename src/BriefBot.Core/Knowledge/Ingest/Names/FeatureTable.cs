namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// The model's feature hash → row map for tagging: open addressing over one array of keys, so a lookup (most
/// features of a token are not in the model) reads one cache line instead of a bucket and an entry.
/// </summary>
internal sealed class FeatureTable
{
    private const ulong Empty = 0;
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _shift;

    /// <summary>Row of the feature hashed to 0, which marks an empty slot; -1 when the model has none.</summary>
    private readonly int _zeroRow = -1;

    public FeatureTable(IReadOnlyDictionary<ulong, int> index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, index.Count) * 2.0)));
        _shift = 64 - bits;
        _keys = new ulong[1 << bits];
        _rows = new int[1 << bits];
        var mask = _keys.Length - 1;
        foreach (var (key, row) in index)
        {
            if (key == Empty)
            {
                _zeroRow = row;
                continue;
            }

            var slot = Slot(key);
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }
    }

    public bool TryGetRow(ulong key, out int row)
    {
        if (key == Empty)
        {
            row = _zeroRow;
            return row >= 0;
        }

        var keys = _keys;
        var mask = keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var k = keys[slot];
            if (k == key)
            {
                row = _rows[slot];
                return true;
            }

            if (k == Empty)
            {
                row = 0;
                return false;
            }
        }
    }

    // Fibonacci hashing: FNV's low bits are not mixed enough to index by on their own.
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
