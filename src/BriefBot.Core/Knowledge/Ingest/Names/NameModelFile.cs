using System.IO.Compression;
using System.Text;

namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// The committed model file: gzip of transitions, the corpus word table and, per feature, its hash and its non-zero
/// weights quantised to 16 bits with one scale for the file. Features whose weights all round to zero are dropped.
/// </summary>
internal static class NameModelFile
{
    private const string Magic = "BriefBot.NameModel.1";

    public static void Write(NameModel model, Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(NameModel.Tags);
        foreach (var t in model.Transitions)
        {
            w.Write(t);
        }

        w.Write(model.Corpus.CaseBins.Count);
        foreach (var (word, bin) in model.Corpus.CaseBins.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write(bin);
        }

        w.Write(model.Corpus.Clusters.Count);
        foreach (var (word, cluster) in model.Corpus.Clusters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write(cluster);
        }

        var max = model.Weights.Length == 0 ? 1f : model.Weights.Max(Math.Abs);
        var scale = max / short.MaxValue;
        w.Write(scale);
        var kept = new List<(ulong Hash, List<(byte Tag, short Value)> Values)>();
        foreach (var (hash, row) in model.Index.OrderBy(p => p.Key))
        {
            var values = new List<(byte, short)>();
            for (var t = 0; t < NameModel.Tags; t++)
            {
                var q = (short)Math.Round(model.Weights[(row * NameModel.Tags) + t] / scale);
                if (q != 0)
                {
                    values.Add(((byte)t, q));
                }
            }

            if (values.Count > 0)
            {
                kept.Add((hash, values));
            }
        }

        w.Write(kept.Count);
        foreach (var (hash, values) in kept)
        {
            w.Write(hash);
            w.Write((byte)values.Count);
            foreach (var (tag, value) in values)
            {
                w.Write(tag);
                w.Write(value);
            }
        }
    }

    public static NameModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gzip, Encoding.UTF8);
        if (r.ReadString() != Magic || r.ReadInt32() != NameModel.Tags)
        {
            throw new InvalidDataException("Not a BriefBot name model, or one written for another tag set.");
        }

        var transitions = new float[(NameModel.Tags + 1) * NameModel.Tags];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = r.ReadSingle();
        }

        var bins = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            bins[r.ReadString()] = r.ReadByte();
        }

        var clusters = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            clusters[r.ReadString()] = r.ReadInt32();
        }

        var scale = r.ReadSingle();
        var count = r.ReadInt32();
        var index = new Dictionary<ulong, int>(count);
        var weights = new float[count * NameModel.Tags];
        for (var row = 0; row < count; row++)
        {
            index[r.ReadUInt64()] = row;
            for (var k = r.ReadByte(); k > 0; k--)
            {
                var tag = r.ReadByte();
                weights[(row * NameModel.Tags) + tag] = r.ReadInt16() * scale;
            }
        }

        return new NameModel(index, weights, transitions, new CorpusWords(bins, clusters));
    }
}
