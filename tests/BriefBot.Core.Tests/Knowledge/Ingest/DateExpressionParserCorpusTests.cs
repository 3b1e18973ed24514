using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Ingest.Dates;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest;

/// <summary>
/// Scores the extractor against human-annotated news beside the repository (../shared/corpora: TimeML TimeBank, mostly
/// Wall Street Journal results and broadcast transcripts, and TimeML AQUAINT wire copy) the way shared/tools/score-dates
/// does: relaxed span overlap, DATE expressions only, expressions over a gold TIME/DURATION/SET ignored, trailing X and
/// week padding folded. Both sets are scored at once so a rule tuned to one shows on the other. The floors sit just
/// under the measured figures (docs/benchmarks.md): TimeBank value F1 0.874, span 0.958; AQUAINT value 0.853, span 0.958.
/// </summary>
public sealed partial class DateExpressionParserCorpusTests
{
    [Theory]
    [InlineData("timeml-timebank/timebank.jsonl", 0.872, 0.955)]
    [InlineData("timeml-aquaint/aquaint.jsonl", 0.851, 0.955)]
    public void Value_and_span_f1_on_annotated_news_stay_above_their_floors(string corpus, double valueFloor, double spanFloor)
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "corpora", corpus);
        if (!File.Exists(path))
        {
            Assert.Skip("The TimeML corpus is not beside the repository.");
        }

        var score = Score(path);

        Assert.True(score.Value >= valueFloor, FormattableString.Invariant($"{corpus}: value F1 {score.Value:0.000} fell below {valueFloor}"));
        Assert.True(score.Span >= spanFloor, FormattableString.Invariant($"{corpus}: span F1 {score.Span:0.000} fell below {spanFloor}"));
    }

    private static (double Value, double Span) Score(string path)
    {
        int tp = 0, fp = 0, fn = 0, correct = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var dct = DateOnly.ParseExact(root.GetProperty("dct").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var gold = root.GetProperty("gold").EnumerateArray().Select(g => (Start: g.GetProperty("start").GetInt32(), End: g.GetProperty("end").GetInt32(), Type: g.GetProperty("type").GetString(), Value: g.GetProperty("value").GetString()!)).ToList();
            var dates = gold.Where(g => g.Type == "DATE").ToList();
            var others = gold.Where(g => g.Type != "DATE").ToList();
            var used = new HashSet<int>();
            foreach (var found in DateExpressionParser.Parse(root.GetProperty("text").GetString()!, dct))
            {
                var match = Enumerable.Range(0, dates.Count).FirstOrDefault(i => !used.Contains(i) && found.Start < dates[i].End && dates[i].Start < found.End, -1);
                if (match < 0)
                {
                    fp += others.Any(g => found.Start < g.End && g.Start < found.End) ? 0 : 1;
                    continue;
                }

                used.Add(match);
                tp++;
                correct += Fold(found.Value) == Fold(dates[match].Value) ? 1 : 0;
            }

            fn += dates.Count - used.Count;
        }

        return (F1(correct / (double)(tp + fp), correct / (double)(tp + fn)), F1(tp / (double)(tp + fp), tp / (double)(tp + fn)));
    }

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static string Fold(string value)
    {
        var v = UnpaddedWeek().Replace(value.Trim().ToUpperInvariant(), "-W${w}");
        while (v.Length > 1 && v.EndsWith('X') && !v.StartsWith('P'))
        {
            v = v[..^1];
        }

        return v;
    }

    [GeneratedRegex(@"-W0(?<w>\d)(?=$|-)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex UnpaddedWeek();

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
