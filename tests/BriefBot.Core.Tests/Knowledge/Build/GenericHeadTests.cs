using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

public sealed class GenericHeadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_capital_has_its_own_radio()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-02-26", "Fredville Radio said the offensive had begun.")
            .WithArticle("b", "B", "1987-02-27", "Sylvan City Radio denied that any offensive had begun.");
        await shelf.BuildAsync(Ct);

        Assert.Empty(ActorShelf.Named(shelf, "Radio"));
        Assert.Single(ActorShelf.Single(shelf, "Fredville Radio").ArticleIds);
        Assert.Single(ActorShelf.Single(shelf, "Sylvan City Radio").ArticleIds);
    }

    [Fact]
    public async Task Each_state_has_its_own_foreign_ministry()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-02-26", "The Sylvanian Foreign Ministry summoned the ambassador.")
            .WithArticle("b", "B", "1987-02-27", "The Freedonian Foreign Ministry said the note was a provocation.")
            .WithArticle("c", "C", "1987-02-28", "Sylvania's Foreign Ministry rejected the protest.");
        await shelf.BuildAsync(Ct);

        Assert.Empty(ActorShelf.Named(shelf, "Foreign Ministry"));
        var sylvanian = ActorShelf.Single(shelf, "Sylvanian Foreign Ministry");
        Assert.Equal(ActorKind.Organisation, sylvanian.Kind);
        Assert.Equal(["a", "c"], sylvanian.ArticleIds);
        Assert.Equal(["b"], ActorShelf.Single(shelf, "Freedonian Foreign Ministry").ArticleIds);
    }

    [Fact]
    public async Task A_generic_head_without_a_state_or_dateline_stays_unresolved()
    {
        using var shelf = ActorShelf.New().WithArticle("a", "A", "1987-02-26", "The Foreign Ministry said nothing more.");
        var report = await shelf.BuildAsync(Ct);

        Assert.Empty(ActorShelf.Named(shelf, "Foreign Ministry"));
        Assert.True(report.UnresolvedMentions >= 1);
    }
}
