namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// The tagger's features for every token of a line, as 64-bit hashes. The same code runs at training and at tagging:
/// word, lower case, shape, prefixes and suffixes, neighbours ±2, line position, all-caps line, gazetteer phrases,
/// how the word is written in unlabelled news and elsewhere in the document, and its word cluster.
/// </summary>
internal sealed class NameFeatureExtractor(NamePhraseList phrases, CorpusWords corpus)
{
    private const int AffixLength = 4;
    private static readonly string[] Padding = ["<s>", "<s2>", "</s>", "</s2>"];

    /// <summary>Features of token i are <c>features[offsets[i]..offsets[i + 1]]</c>.</summary>
    public void Extract(IReadOnlyList<string> words, NameDocument document, List<ulong> features, List<int> offsets)
    {
        var n = words.Count;
        var lower = new string[n];
        var shape = new string[n];
        for (var i = 0; i < n; i++)
        {
            lower[i] = words[i].ToLowerInvariant();
            shape[i] = WordShape.Of(words[i]);
        }

        var categories = new PhraseCategory[n];
        var positions = new char[n];
        phrases.Match(lower, categories, positions);
        var capsLine = WordShape.IsCapsLine(words);
        var caps = capsLine ? "C" : "c";

        features.Clear();
        offsets.Clear();
        for (var i = 0; i < n; i++)
        {
            offsets.Add(features.Count);
            var w = words[i];
            var l = lower[i];
            var s = shape[i];
            features.Add(FeatureHash.Of(FeatureTemplate.Bias));
            features.Add(FeatureHash.Of(FeatureTemplate.Word, w));
            features.Add(FeatureHash.Of(FeatureTemplate.Lower, l));
            features.Add(FeatureHash.Of(FeatureTemplate.Shape, s));
            features.Add(FeatureHash.Of(FeatureTemplate.ShapeLower, s, l));
            for (var k = 1; k <= AffixLength && k <= l.Length; k++)
            {
                features.Add(FeatureHash.Of(FeatureTemplate.Prefix, l.AsSpan(0, k)));
                features.Add(FeatureHash.Of(FeatureTemplate.Suffix, l.AsSpan(l.Length - k)));
            }

            var left = At(lower, i - 1, 0);
            var right = At(lower, i + 1, 2);
            features.Add(FeatureHash.Of(FeatureTemplate.LowerAt, -1, left));
            features.Add(FeatureHash.Of(FeatureTemplate.LowerAt, 1, right));
            features.Add(FeatureHash.Of(FeatureTemplate.LowerAt, -2, At(lower, i - 2, 1)));
            features.Add(FeatureHash.Of(FeatureTemplate.LowerAt, 2, At(lower, i + 2, 3)));
            var leftShape = At(shape, i - 1, 0);
            var rightShape = At(shape, i + 1, 2);
            features.Add(FeatureHash.Of(FeatureTemplate.ShapeAt, -1, leftShape));
            features.Add(FeatureHash.Of(FeatureTemplate.ShapeAt, 1, rightShape));
            features.Add(FeatureHash.Of(FeatureTemplate.LowerBigramLeft, left, l));
            features.Add(FeatureHash.Of(FeatureTemplate.LowerBigramRight, l, right));
            features.Add(FeatureHash.Of(FeatureTemplate.ShapeTrigram, leftShape, s, rightShape));
            features.Add(FeatureHash.Of(FeatureTemplate.PreviousLowerShape, left, s));
            features.Add(FeatureHash.Of(FeatureTemplate.Position, i == 0 ? 0 : i == n - 1 ? 2 : 1, caps));
            features.Add(FeatureHash.Of(FeatureTemplate.CapsLineShape, caps, s));
            if (capsLine)
            {
                features.Add(FeatureHash.Of(FeatureTemplate.CapsLineLower, l));
            }

            AddGazetteer(features, categories, positions, i, n);
            var corpusCase = corpus.CaseBins.TryGetValue(l, out var bin) ? bin : 0;
            features.Add(FeatureHash.Of(FeatureTemplate.CorpusCase, corpusCase, s));
            features.Add(FeatureHash.Of(FeatureTemplate.CorpusCaseCapsLine, corpusCase, caps));
            var documentCase = document.CaseOf(l);
            features.Add(FeatureHash.Of(FeatureTemplate.DocumentCase, documentCase, s));
            features.Add(FeatureHash.Of(FeatureTemplate.DocumentCaseCapsLine, documentCase, caps));
            features.Add(FeatureHash.Of(FeatureTemplate.DocumentPlace, document.PlaceOf(l), s));
            AddClusters(features, lower, i, n);
        }

        offsets.Add(features.Count);
    }

    private static void AddGazetteer(List<ulong> features, PhraseCategory[] categories, char[] positions, int i, int n)
    {
        var c = categories[i];
        for (var bit = 1; bit <= (int)PhraseCategory.GivenName; bit <<= 1)
        {
            if (((int)c & bit) != 0)
            {
                features.Add(FeatureHash.Of(FeatureTemplate.Gazetteer, bit, [positions[i]]));
            }
        }

        if (i > 0 && categories[i - 1] != PhraseCategory.None && positions[i - 1] is 'U' or 'L')
        {
            features.Add(FeatureHash.Of(FeatureTemplate.GazetteerAt, -(int)categories[i - 1]));
        }

        if (i + 1 < n && categories[i + 1] != PhraseCategory.None && positions[i + 1] is 'U' or 'B')
        {
            features.Add(FeatureHash.Of(FeatureTemplate.GazetteerAt, (int)categories[i + 1]));
        }
    }

    private void AddClusters(List<ulong> features, string[] lower, int i, int n)
    {
        if (corpus.Clusters.Count == 0)
        {
            return;
        }

        if (corpus.Clusters.TryGetValue(lower[i], out var cluster))
        {
            features.Add(FeatureHash.Of(FeatureTemplate.Cluster, cluster));
        }

        if (i > 0 && corpus.Clusters.TryGetValue(lower[i - 1], out var leftCluster))
        {
            features.Add(FeatureHash.Of(FeatureTemplate.ClusterAt, -1 - leftCluster));
        }

        if (i + 1 < n && corpus.Clusters.TryGetValue(lower[i + 1], out var rightCluster))
        {
            features.Add(FeatureHash.Of(FeatureTemplate.ClusterAt, 1 + rightCluster));
        }
    }

    private static string At(string[] values, int i, int padding) => i >= 0 && i < values.Length ? values[i] : Padding[padding];
}
