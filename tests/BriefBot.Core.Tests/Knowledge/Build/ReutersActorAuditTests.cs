using BriefBot.Core.Knowledge.Model;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

/// <summary>
/// The hand audit of the Reuters shelf's most-mentioned actors (docs/quality.md, "Actors"), kept as
/// <c>reuters-actor-audit.tsv</c>: every actor judged correct must still be built, under the same id and kind.
/// One full build of the 1,515 stories (about 10–30 s); skipped when the corpus is not beside the repository.
/// </summary>
public sealed class ReutersActorAuditTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_actor_the_audit_judged_correct_is_still_built_with_its_kind()
    {
        var corpus = Path.Combine(RepositoryRoot(), "..", "shared", "corpora", "reuters21578-news");
        if (!Directory.Exists(corpus))
        {
            Assert.Skip("The Reuters corpus is not beside the repository.");
        }

        var audit = File.ReadLines(Path.Combine(RepositoryRoot(), "tests", "BriefBot.Core.Tests", "Knowledge", "Build", "reuters-actor-audit.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(f => f[2] == "correct" && f[3] == "top")
            .Select(f => (Id: f[0], Kind: Enum.Parse<ActorKind>(f[1], ignoreCase: true)))
            .ToList();
        using var shelf = new TestShelf().WithGazetteer(File.ReadAllText(Path.Combine(RepositoryRoot(), "knowledge", "actors.yaml")));
        foreach (var file in Directory.EnumerateFiles(corpus, "reuters-*.md"))
        {
            shelf.WithRawArticle(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
        }

        await shelf.BuildAsync(Ct);

        var built = shelf.Store.Read(r => r.Index.Entries.ToDictionary(e => e.Id, e => e.Kind, StringComparer.Ordinal));
        var regressed = audit.Where(a => !built.TryGetValue(a.Id, out var kind) || kind != a.Kind).Select(a => a.Id).ToList();
        Assert.True(audit.Count >= 50, "the audit lists the judged-correct actors");
        Assert.Empty(regressed);
    }

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
