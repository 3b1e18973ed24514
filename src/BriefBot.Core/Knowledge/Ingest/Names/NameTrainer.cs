namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// Trains the tagger: a structured averaged perceptron (Collins 2002) over the feature extractor's hashes, with
/// Viterbi decoding under the BILOU constraints. Deterministic: sentences are shuffled with a fixed seed.
/// </summary>
internal sealed class NameTrainer(NamePhraseList phrases, CorpusWords corpus, int minimumFeatureCount)
{
    private const int Tags = NameModel.Tags;

    /// <summary>Trains for <paramref name="epochs"/>; after each one <paramref name="afterEpoch"/> sees the averaged model.</summary>
    public NameModel Train(IReadOnlyList<TrainingSentence> sentences, int epochs, int seed, Action<int, NameModel> afterEpoch)
    {
        var extractor = new NameFeatureExtractor(phrases, corpus);
        var features = new List<ulong>();
        var offsets = new List<int>();
        var counts = new Dictionary<ulong, int>();
        foreach (var s in sentences)
        {
            extractor.Extract(s.Words, s.Document, features, offsets);
            foreach (var f in features)
            {
                counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }

        var index = new Dictionary<ulong, int>();
        foreach (var (hash, count) in counts.OrderBy(p => p.Key))
        {
            if (count >= minimumFeatureCount)
            {
                index[hash] = index.Count;
            }
        }

        var shell = new NameModel(index, [], [], corpus);
        var rows = new int[sentences.Count][][];
        for (var k = 0; k < sentences.Count; k++)
        {
            extractor.Extract(sentences[k].Words, sentences[k].Document, features, offsets);
            rows[k] = shell.Rows(features, offsets);
        }

        var weights = new float[index.Count * Tags];
        var totals = new double[weights.Length];
        var transitions = new float[(Tags + 1) * Tags];
        var transitionTotals = new double[transitions.Length];
        var random = new Random(seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        long time = 1;
        NameModel averaged = shell;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var k in order)
            {
                var gold = sentences[k].Tags;
                var predicted = ViterbiDecoder.Decode(rows[k], weights, transitions);
                if (!predicted.AsSpan().SequenceEqual(gold))
                {
                    Update(rows[k], gold, predicted, weights, totals, transitions, transitionTotals, time);
                }

                time++;
            }

            averaged = new NameModel(index, Average(weights, totals, time), Average(transitions, transitionTotals, time), corpus);
            afterEpoch(epoch, averaged);
        }

        return averaged;
    }

    private static void Update(int[][] rows, int[] gold, int[] predicted, float[] weights, double[] totals, float[] transitions, double[] transitionTotals, long time)
    {
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] != predicted[i])
            {
                foreach (var row in rows[i])
                {
                    Add(weights, totals, (row * Tags) + gold[i], 1, time);
                    Add(weights, totals, (row * Tags) + predicted[i], -1, time);
                }
            }

            var goldPrevious = i == 0 ? -1 : gold[i - 1];
            var predictedPrevious = i == 0 ? -1 : predicted[i - 1];
            if (goldPrevious != predictedPrevious || gold[i] != predicted[i])
            {
                Add(transitions, transitionTotals, ((goldPrevious + 1) * Tags) + gold[i], 1, time);
                Add(transitions, transitionTotals, ((predictedPrevious + 1) * Tags) + predicted[i], -1, time);
            }
        }
    }

    private static void Add(float[] weights, double[] totals, int at, int delta, long time)
    {
        weights[at] += delta;
        totals[at] += (double)time * delta;
    }

    private static float[] Average(float[] weights, double[] totals, long time)
    {
        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - (totals[i] / time));
        }

        return averaged;
    }
}
