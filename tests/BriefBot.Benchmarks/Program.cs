using BenchmarkDotNet.Running;

namespace BriefBot.Benchmarks;

/// <summary>Run with: dotnet run -c Release --project tests/BriefBot.Benchmarks -- --filter '*'</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
