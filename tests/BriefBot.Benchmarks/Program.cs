using BenchmarkDotNet.Running;
using BriefBot.Benchmarks.Bases;
using BriefBot.Benchmarks.Load;
using BriefBot.Benchmarks.Shelves;

namespace BriefBot.Benchmarks;

/// <summary>
/// BenchmarkDotNet by default: <c>dotnet run -c Release --project tests/BriefBot.Benchmarks -- --filter '*'</c>.
/// <c>shelf</c> makes a large shelf (docs/benchmarks.md), <c>sign</c> writes signed interactions for the load test,
/// <c>soak</c> runs the bounded soak of docs/reliability.md
/// (<c>soak --rate N</c>: fixed-rate latency, docs/benchmarks.md), <c>dump</c> writes a built base out to compare builds.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args.FirstOrDefault())
        {
            case "shelf":
                return ShelfVerb.Run(args[1..]);
            case "sign":
                return SignVerb.Run(args[1..]);
            case "soak":
                return SoakVerb.RunAsync(args[1..]).GetAwaiter().GetResult();
            case "dump":
                return BaseDumpVerb.Run(args[1..]);
            case "profile":
                return PathProfile.RunAsync(args[1..]).GetAwaiter().GetResult();
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
