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

    [Fact]
    public async Task A_state_s_ministry_is_one_whatever_city_names_it_or_however_it_is_written()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "FREDVILLE, March 2 - The Finance Ministry said the budget deficit would narrow this year.")
            .WithArticle("b", "B", "1987-03-03", "Officials of the Freedonian Finance Ministry met bankers on Tuesday.")
            .WithArticle("c", "C", "1987-03-04", "Freedonia's Ministry of Finance said it would sell more bonds. A Freedonia Finance Ministry official agreed.")
            .WithArticle("d", "D", "1987-03-05", "SYLVAN CITY, March 5 - The Finance Ministry denied the report.");
        await shelf.BuildAsync(Ct);

        var ministries = ActorShelf.All(shelf).Where(a => a.Name.Contains("Ministry", StringComparison.Ordinal)).ToList();
        var freedonian = Assert.Single(ministries, m => m.ArticleIds.Contains("a"));
        Assert.Equal("Freedonian Finance Ministry", freedonian.Name);
        Assert.Equal(["a", "b", "c"], freedonian.ArticleIds);
        Assert.DoesNotContain(ministries, m => m.Id != freedonian.Id && m.ArticleIds.Contains("c"));
        Assert.Equal("Sylvanian Finance Ministry", Assert.Single(ministries, m => m.ArticleIds.Contains("d")).Name);
    }

    [Fact]
    public async Task A_city_stands_for_the_state_that_held_it_on_the_story_s_date()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "MOSCOW, March 2 - The Foreign Ministry said the talks would resume in Geneva.")
            .WithArticle("b", "B", "1987-03-03", "HAMBURG, March 3 - The Finance Ministry said tax cuts would come into force next year.")
            .WithArticle("c", "C", "2024-03-04", "MOSCOW, March 4 - The Foreign Ministry summoned the ambassador.")
            .WithArticle("d", "D", "1987-04-01", "ISTANBUL, April 1 - Banks reported higher profits after the Treasury eased its rules.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(["a"], ActorShelf.Single(shelf, "Soviet Foreign Ministry").ArticleIds);
        Assert.Equal(["b"], ActorShelf.Single(shelf, "West German Finance Ministry").ArticleIds);
        Assert.Equal(["c"], ActorShelf.Single(shelf, "Russian Foreign Ministry").ArticleIds);
        Assert.Equal(["d"], ActorShelf.Single(shelf, "Turkish Treasury").ArticleIds);
    }

    [Fact]
    public async Task Only_a_state_or_place_qualifies_a_head()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "The bill passed Parliament's Lower House on Friday and goes to the Upper House next week.");
        await shelf.BuildAsync(Ct);

        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name.Contains("House", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ministry_named_by_its_subject_is_a_state_s_and_courts_are_never_one_for_the_world()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "FREDVILLE, March 2 - The Communication Ministry said it would open the telephone market.")
            .WithArticle("b", "B", "1987-03-03", "The District Court ruled against the airline on Tuesday.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(["a"], ActorShelf.Single(shelf, "Freedonian Communication Ministry").ArticleIds);
        Assert.Empty(ActorShelf.Named(shelf, "Communication Ministry"));
        Assert.Empty(ActorShelf.Named(shelf, "District Court"));
    }

    [Fact]
    public async Task A_listed_state_keeps_the_world_s_dates_for_its_capital()
    {
        using var shelf = new BriefBot.TestKit.Knowledge.TestShelf()
            .WithGazetteer("""
                - name: Russia
                  kind: state
                  demonyms: [Russian]
                  metonyms: [Moscow]
                """)
            .WithArticle("a", "A", "1987-04-09", "MOSCOW, April 9 - A Foreign Ministry spokesman told a news conference the talks would resume.")
            .WithArticle("b", "B", "2026-03-09", "MOSCOW, March 9 - A Foreign Ministry spokesman said the ambassador had been summoned.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(["a"], ActorShelf.Single(shelf, "Soviet Foreign Ministry").ArticleIds);
        Assert.Equal(["b"], ActorShelf.Single(shelf, "Russian Foreign Ministry").ArticleIds);
    }
}
