using System.Globalization;
using System.Text.Json;
using BriefBot.Core.Commands.Ask;
using BriefBot.Core.Knowledge.Search;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Ask;

/// <summary>
/// The /ask measurement of docs/quality.md: 30 questions over the Reuters corpus, each with the paragraphs that
/// answer it (reuters-questions.json). The right paragraph must be among the first three quotes for at least 80%.
/// </summary>
public sealed class AskReutersCorpusTests(ReutersShelfFixture reuters) : IClassFixture<ReutersShelfFixture>
{
    private const double Floor = 0.80;
    /// <summary>Just after the corpus' last story, so "in March" and "this year" mean 1987 as its reader would.</summary>
    private static readonly DateOnly Today = new(1987, 11, 1);

    [Fact]
    public void The_answering_paragraph_is_in_the_top_three_for_at_least_eighty_percent_of_the_questions()
    {
        SkipWithoutCorpus();
        var questions = Fixture().GetProperty("questions").EnumerateArray().ToList();
        var misses = new List<string>();

        foreach (var q in questions)
        {
            var question = q.GetProperty("question").GetString()!;
            var article = q.GetProperty("article").GetString()!;
            var paragraphs = q.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetInt32()).ToHashSet();
            var top = Top(question, 3);
            if (!top.Any(h => h.ArticleId == article && paragraphs.Contains(h.Paragraph)))
            {
                misses.Add($"{question} → {string.Join(", ", top.Select(h => $"{h.ArticleId} ¶{h.Paragraph}"))}");
            }
        }

        var share = (questions.Count - misses.Count) / (double)questions.Count;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"top-3: {questions.Count - misses.Count}/{questions.Count} = {share:P0}"));
        foreach (var miss in misses)
        {
            TestContext.Current.TestOutputHelper?.WriteLine("miss: " + miss);
        }

        Assert.True(share >= Floor, string.Create(CultureInfo.InvariantCulture, $"top-3 {share:P0} fell below {Floor:P0}:\n{string.Join('\n', misses)}"));
    }

    [Fact]
    public void Questions_the_shelf_cannot_answer_find_nothing()
    {
        SkipWithoutCorpus();

        var answered = Fixture().GetProperty("unanswerable").EnumerateArray().Select(q => q.GetString()!).Where(q => Top(q, 5).Count > 0).ToList();

        Assert.Empty(answered);
    }

    private List<SentenceEntry> Top(string question, int count) => reuters.Store.Read(reader =>
        reader.Sentences.Search(QuestionReader.Read(question, reader.Index, Today).Query, count).Select(h => h.Sentence).ToList());

    private void SkipWithoutCorpus()
    {
        if (!reuters.IsAvailable)
        {
            Assert.Skip("The Reuters corpus is not beside the repository.");
        }
    }

    private static JsonElement Fixture()
    {
        var path = Path.Combine(ReutersShelfFixture.RepositoryRoot(), "tests", "BriefBot.Core.Tests", "Commands", "Ask", "reuters-questions.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    }
}
