namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// What unlabelled news says about each word, learned once at training time and stored in the model:
/// how often it is capitalised away from line starts (names are; "Leading" is not) and its word cluster.
/// </summary>
internal sealed class CorpusWords
{
    public CorpusWords(Dictionary<string, byte> caseBins, Dictionary<string, int> clusters)
    {
        CaseBins = caseBins;
        Clusters = clusters;
    }

    public static CorpusWords Empty { get; } = new([], []);

    /// <summary>Lower-case word → 1 rarely capitalised, 2 sometimes, 3 mostly, 4 always.</summary>
    public Dictionary<string, byte> CaseBins { get; }

    /// <summary>Lower-case word → cluster number.</summary>
    public Dictionary<string, int> Clusters { get; }

    public static CorpusWords Count(IEnumerable<IReadOnlyList<string>> lines, int minimumCount)
    {
        var counts = new Dictionary<string, (int Capitalised, int Lower)>(StringComparer.Ordinal);
        foreach (var words in lines)
        {
            if (WordShape.IsCapsLine(words))
            {
                continue;
            }

            NameDocument.CountCases(words, counts);
        }

        var bins = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (word, (cap, low)) in counts)
        {
            var total = cap + low;
            if (total < minimumCount)
            {
                continue;
            }

            var ratio = (double)cap / total;
            bins[word] = ratio < 0.05 ? (byte)1 : ratio < 0.5 ? (byte)2 : ratio < 0.95 ? (byte)3 : (byte)4;
        }

        return new CorpusWords(bins, []);
    }
}
