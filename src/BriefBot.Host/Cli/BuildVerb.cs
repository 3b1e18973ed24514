using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefBot.Host.Cli;

/// <summary><c>build</c>: reads the shelf into the knowledge base and says what it found.</summary>
internal static class BuildVerb
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (!CliOptions.TryParse(args, out var options, out var error) || options.Positional.Count > 0)
        {
            return Usage.Fail(error.Length > 0 ? error : "build takes no arguments.");
        }

        using var store = OpenStore(options);
        var report = await store.BuildAsync(cancellationToken);
        Print(report, store, output);
        return 0;
    }

    public static KnowledgeStore OpenStore(CliOptions options) => new(
        Options.Create(new KnowledgeOptions { Directory = options.KnowledgeDirectory, DatabasePath = options.DatabasePath, WatchForChanges = false }),
        TimeProvider.System,
        NullLogger<KnowledgeStore>.Instance);

    public static void Print(BuildReport report, KnowledgeStore store, TextWriter output)
    {
        output.WriteLine(report.WasUpToDate ? "Knowledge base is up to date." : "Knowledge base built.");
        if (store.MovedAsideTo is { } aside)
        {
            output.WriteLine($"  recovered: the old base was unreadable; moved it to {aside} and rebuilt it");
        }

        output.WriteLine(FormattableString.Invariant($"  shelf:     {store.KnowledgeDirectory}"));
        output.WriteLine(FormattableString.Invariant($"  database:  {store.DatabasePath}"));
        output.WriteLine(FormattableString.Invariant($"  articles:  {report.Articles} ({report.ArticlesRead} read, {report.ArticlesReused} unchanged)"));
        output.WriteLine(FormattableString.Invariant($"  time:      {report.Elapsed.TotalSeconds:F1} s ({string.Join(", ", report.Phases.Select(p => FormattableString.Invariant($"{p.Key} {p.Value.TotalSeconds:F1} s")))})"));
        if (report.Articles == 0)
        {
            output.WriteLine($"  warning:   the shelf is empty: no articles in {Path.Combine(store.KnowledgeDirectory, Shelf.ArticlesFolder)} (run from the repository root, or pass --knowledge DIR)");
        }

        output.WriteLine(FormattableString.Invariant($"  actors:    {report.Actors}{(report.WasUpToDate ? "" : FormattableString.Invariant($" ({report.DiscoveredActors} discovered in the text)"))}"));
        output.WriteLine(FormattableString.Invariant($"  events:    {report.Events}{(report.WasUpToDate ? "" : FormattableString.Invariant($" ({report.EventsWithSeveralSources} told by more than one article)"))}"));
        output.WriteLine(FormattableString.Invariant($"  ambiguous: {(report.AmbiguousNames.Count == 0 ? "none" : string.Join("; ", report.AmbiguousNames.Take(15).Select(a => $"{a.Name} ({string.Join(", ", a.ActorIds)})")))}{(report.AmbiguousNames.Count > 15 ? FormattableString.Invariant($"; …and {report.AmbiguousNames.Count - 15} more") : "")}"));
        if (!report.WasUpToDate)
        {
            output.WriteLine(FormattableString.Invariant($"  unresolved: {report.UnresolvedMentions} mentions attributed to nobody (ambiguous or unqualified names)"));
        }

        output.WriteLine(FormattableString.Invariant($"  warnings:  {report.Problems.Count}"));
        foreach (var problem in report.Problems)
        {
            output.WriteLine(FormattableString.Invariant($"    {problem}"));
        }

        output.WriteLine(FormattableString.Invariant($"  took:      {report.Elapsed.TotalSeconds:0.00} s"));
    }
}
