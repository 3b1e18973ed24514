using System.Text.Json;
using BriefBot.Core.Knowledge.Ingest.Names;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest.Names;

/// <summary>
/// Scores the shipped tagger on the CoNLL-2003 dev split (beside the repository in ../shared/corpora) as
/// shared/tools/score-ner does: exact start, end and type. The floors sit a little under the measured figures
/// (docs/quality.md); the issue asks for 0.89 overall, PER 0.93, LOC 0.91.
/// </summary>
public sealed class NameTaggerCorpusTests
{
    private const double OverallFloor = 0.91;
    private const double PersonFloor = 0.935;
    private const double LocationFloor = 0.94;

    [Fact]
    public void Exact_f1_on_the_conll_dev_split_stays_above_the_floors()
    {
        var corpus = Path.Combine(RepositoryRoot(), "..", "shared", "corpora", "conll2003-ner", "dev.jsonl");
        if (!File.Exists(corpus))
        {
            Assert.Skip("The CoNLL-2003 corpus is not beside the repository.");
        }

        var counts = new Dictionary<string, (int Correct, int Predicted, int Gold)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(corpus))
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString()!;
            var gold = doc.RootElement.GetProperty("entities").EnumerateArray()
                .Select(e => (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("type").GetString()!))
                .ToHashSet();
            var found = NameTagger.Default.TagDocument(text).Select(n => (n.Start, n.End, n.Label)).ToHashSet();
            foreach (var type in new[] { "ALL", "PER", "LOC" })
            {
                var g = gold.Where(e => type == "ALL" || e.Item3 == type).ToHashSet();
                var p = found.Where(e => type == "ALL" || e.Label == type).ToHashSet();
                var (c, np, ng) = counts.GetValueOrDefault(type);
                counts[type] = (c + p.Count(g.Contains), np + p.Count, ng + g.Count);
            }
        }

        Assert.True(F1(counts["ALL"]) >= OverallFloor, $"overall F1 {F1(counts["ALL"]):F4} is under {OverallFloor}");
        Assert.True(F1(counts["PER"]) >= PersonFloor, $"PER F1 {F1(counts["PER"]):F4} is under {PersonFloor}");
        Assert.True(F1(counts["LOC"]) >= LocationFloor, $"LOC F1 {F1(counts["LOC"]):F4} is under {LocationFloor}");
    }

    private static double F1((int Correct, int Predicted, int Gold) c) => 2.0 * c.Correct / (c.Predicted + c.Gold);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
