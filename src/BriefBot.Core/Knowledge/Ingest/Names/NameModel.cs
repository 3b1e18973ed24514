namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// A trained tagger: one weight per (feature, tag), tag-to-tag transition weights and the corpus word table.
/// Feature hashes not in <see cref="Index"/> carry no weight.
/// </summary>
internal sealed class NameModel
{
    public const int Tags = BilouTags.Count;

    public NameModel(Dictionary<ulong, int> index, float[] weights, float[] transitions, CorpusWords corpus)
    {
        Index = index;
        Table = new FeatureTable(index);
        Weights = weights;
        Transitions = transitions;
        Corpus = corpus;
    }

    /// <summary>Feature hash → row in <see cref="Weights"/>.</summary>
    public Dictionary<ulong, int> Index { get; }

    /// <summary>The same map as <see cref="Index"/>, laid out for fast lookups while tagging.</summary>
    public FeatureTable Table { get; }

    /// <summary><c>Weights[row * Tags + tag]</c>.</summary>
    public float[] Weights { get; }

    /// <summary><c>Transitions[(previous + 1) * Tags + tag]</c>, previous -1 being the line start.</summary>
    public float[] Transitions { get; }

    public CorpusWords Corpus { get; }

    /// <summary>
    /// Each token's weights per tag summed over its known features, <c>[token * Tags + tag]</c>: what
    /// <see cref="Rows"/> and the decoder would add, in the same order, without an array per token.
    /// </summary>
    public float[] Emissions(List<ulong> features, List<int> offsets)
    {
        var n = offsets.Count - 1;
        var emissions = new float[n * Tags];
        var weights = Weights.AsSpan();
        for (var i = 0; i < n; i++)
        {
            var emission = emissions.AsSpan(i * Tags, Tags);
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                if (Table.TryGetRow(features[k], out var row))
                {
                    var w = weights.Slice(row * Tags, Tags);
                    for (var t = 0; t < Tags; t++)
                    {
                        emission[t] += w[t];
                    }
                }
            }
        }

        return emissions;
    }

    /// <summary>Rows of the features each token has in the model (unknown features dropped).</summary>
    public int[][] Rows(List<ulong> features, List<int> offsets)
    {
        var rows = new int[offsets.Count - 1][];
        var buffer = new List<int>(64);
        for (var i = 0; i < rows.Length; i++)
        {
            buffer.Clear();
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                if (Index.TryGetValue(features[k], out var row))
                {
                    buffer.Add(row);
                }
            }

            rows[i] = [.. buffer];
        }

        return rows;
    }
}
