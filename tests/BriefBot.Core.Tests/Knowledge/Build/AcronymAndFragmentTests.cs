using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

/// <summary>Audit failures of the Reuters shelf (docs/quality.md, Actors) as sentences a reporter writes.</summary>
public sealed class AcronymAndFragmentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_acronym_is_the_organisation_whose_initials_it_is_even_in_a_story_that_writes_only_the_acronym()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "The International Kelp Fund (IKF) said it would lend 200 mln dlrs to the government. The IKF will review the loan in June.")
            .WithArticle("b", "B", "1987-03-05", "The International Kelp Fund agreed a standby credit, and IKF officials will visit the capital next week.")
            .WithArticle("c", "C", "1987-03-09", "IKF officials arrived in the capital on Monday for talks on the debt.");
        await shelf.BuildAsync(Ct);

        var fund = ActorShelf.Single(shelf, "International Kelp Fund");
        Assert.Equal(ActorKind.Organisation, fund.Kind);
        Assert.Equal(["a", "b", "c"], fund.ArticleIds);
        Assert.Equal([fund.Id], ActorShelf.Named(shelf, "IKF").Select(a => a.Id));
        Assert.Equal(["IKF"], fund.Acronyms);
    }

    [Fact]
    public async Task A_place_opening_with_new_keeps_its_first_word()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-06", "NEW YORK, March 6 - The airline said it has cut the price of its fares from New York to Oslo by 150 dlrs.");
        await shelf.BuildAsync(Ct);

        Assert.Empty(ActorShelf.Named(shelf, "York"));
        Assert.Equal(ActorKind.Place, ActorShelf.Single(shelf, "New York").Kind);
    }

    [Fact]
    public async Task The_dateline_city_does_not_say_which_bank_the_bank_is()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-06", "FREDVILLE, March 6 - The Bank said its net profit rose 12 pct in 1986.")
            .WithArticle("b", "B", "1987-03-07", "FREDVILLE, March 7 - The Bank said it would cut its prime rate by half a point.");
        await shelf.BuildAsync(Ct);

        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name.EndsWith("Bank", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_number_word_opening_a_sentence_is_no_actor()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-06", "Thirty-six people were injured in the blast at the refinery, police said.")
            .WithArticle("b", "B", "1987-03-07", "Forty-five workers walked out of the plant on Friday, the union said.");
        await shelf.BuildAsync(Ct);

        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name.StartsWith("Thirty", StringComparison.Ordinal) || a.Name.StartsWith("Forty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_two_word_demonym_stands_for_its_state()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-06", "South Korean officials said exports rose 20 pct in February.")
            .WithArticle("b", "B", "1987-03-07", "The South Korean government will cut tariffs on 300 items, the trade ministry said.");
        await shelf.BuildAsync(Ct);

        Assert.Empty(ActorShelf.Named(shelf, "South Korean"));
    }

    [Fact]
    public async Task A_short_form_a_story_defines_after_a_ticker_is_the_firm_across_the_shelf()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "The currency loss reported by Kraftwerke AG <KRFG.F> (KW) was larger than expected, dealers said.")
            .WithArticle("b", "B", "1987-03-05", "Kraftwerke AG said sales rose, and KW will pay a higher dividend.")
            .WithArticle("c", "C", "1987-03-09", "Shares of Kraftwerke AG fell after KW said its chairman would retire.");
        await shelf.BuildAsync(Ct);

        var firm = ActorShelf.Single(shelf, "Kraftwerke AG");
        Assert.Equal(["a", "b", "c"], firm.ArticleIds);
        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name == "KW");
    }

    [Fact]
    public async Task A_body_named_for_what_it_is_on_keeps_its_subject_and_its_acronym()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Members of the General Agreement on Kelp and Tariffs (GAKT) met in Fredville to discuss quotas.")
            .WithArticle("b", "B", "1987-03-05", "The General Agreement on Kelp and Tariffs will review the quotas, and GAKT officials said talks would resume.")
            .WithArticle("c", "C", "1987-03-09", "Delegates said GAKT would meet in June.");
        await shelf.BuildAsync(Ct);

        var body = ActorShelf.Single(shelf, "General Agreement on Kelp and Tariffs");
        Assert.Equal(ActorKind.Organisation, body.Kind);
        Assert.Equal(["a", "b", "c"], body.ArticleIds);
        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name is "General Agreement" or "Kelp and Tariffs" or "GAKT");
    }
}
