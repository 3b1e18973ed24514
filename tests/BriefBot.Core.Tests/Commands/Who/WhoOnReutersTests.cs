using BriefBot.Core.Replies;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Who;

/// <summary>
/// A handful of Reuters-21578 stories (beside the repository in ../shared/corpora) copied into a shelf with no
/// actors.yaml: the states they name are found from the world gazetteer and answer /who with their card.
/// </summary>
public sealed class WhoOnReutersTests
{
    private static readonly string[] Stories =
    [
        "reuters-07176", "reuters-00243", "reuters-16542", "reuters-10511", "reuters-10862", "reuters-03050",
        "reuters-13082", "reuters-00975", "reuters-01248", "reuters-00239", "reuters-06377", "reuters-04042",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/who Iraq", "Iraq")]
    [InlineData("/who Greece", "Greece")]
    [InlineData("/who Brazil", "Brazil")]
    [InlineData("/who Japan", "Japan")]
    public async Task A_state_named_in_the_news_answers_with_its_card(string command, string state)
    {
        var folder = Path.Combine(RepositoryRoot(), "..", "shared", "corpora", "reuters21578-news");
        if (!Directory.Exists(folder))
        {
            Assert.Skip("The Reuters corpus is not beside the repository.");
        }

        using var shelf = new TestShelf();
        foreach (var id in Stories)
        {
            shelf.WithRawArticle(id, await File.ReadAllTextAsync(Path.Combine(folder, id + ".md"), Ct));
        }

        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync(command, Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(state, reply.Title);
        Assert.Contains(reply.Sections, s => s.Heading == "Key facts");
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
