using BenchmarkDotNet.Attributes;
using BriefBot.Core.Knowledge.Ingest.Names;

namespace BriefBot.Benchmarks;

/// <summary>
/// Tagging speed of the name tagger on one core: the text of 100 Reuters stories, one sentence per line, tagged as
/// documents (features, model lookups, Viterbi). Tokens per second = <see cref="Tokens"/> / mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class NameTaggerBenchmarks
{
    private List<string> _documents = null!;

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _ = NameTagger.Default;
        _documents = Directory.Exists(RepositoryPaths.ReutersCorpus)
            ? [.. Directory.EnumerateFiles(RepositoryPaths.ReutersCorpus, "reuters-*.md").Order(StringComparer.Ordinal).Take(100).Select(File.ReadAllText)]
            : ["Iraq said its warplanes hit an Iranian tanker in the Gulf, Reuters reported from Nicosia."];
        Tokens = _documents.Sum(d => NameTokenizer.Tokenize(d).Count);
        Console.WriteLine($"// {Tokens} tokens in {_documents.Count} documents");
    }

    [Benchmark]
    public int TagHundredStories()
    {
        var names = 0;
        foreach (var d in _documents)
        {
            names += NameTagger.Default.TagDocument(d).Count;
        }

        return names;
    }
}
