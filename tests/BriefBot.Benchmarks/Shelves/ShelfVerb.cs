using System.Diagnostics;
using System.Globalization;

namespace BriefBot.Benchmarks.Shelves;

/// <summary><c>shelf --size 10000 [--seed 17] --out DIR</c>: writes DIR/articles/*.md and DIR/actors.yaml.</summary>
internal static class ShelfVerb
{
    public static int Run(string[] args)
    {
        var size = int.Parse(Option(args, "--size") ?? "1000", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "17", CultureInfo.InvariantCulture);
        var output = Option(args, "--out") ?? Path.Combine(Path.GetTempPath(), FormattableString.Invariant($"briefbot-shelf-{size}"));
        var corpus = Option(args, "--corpus") ?? RepositoryPaths.ReutersCorpus;
        var stopwatch = Stopwatch.StartNew();
        var written = ShelfGenerator.Generate(corpus, Path.Combine(RepositoryPaths.Knowledge, "actors.yaml"), output, size, seed);
        Console.WriteLine(FormattableString.Invariant($"{written} articles (seed {seed}) in {Path.GetFullPath(output)} in {stopwatch.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
