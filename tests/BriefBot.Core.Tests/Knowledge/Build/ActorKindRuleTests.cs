using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

/// <summary>Kinds a name's own words or its article decide (docs/quality.md, Actors), as sentences a reporter writes.</summary>
public sealed class ActorKindRuleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_name_ending_in_a_legal_form_is_an_organisation_and_legal_forms_are_not_merged()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "The coal firm Compania Minera Andina S.A. said it would close two pits. Mateo Vargas said the talks had failed.")
            .WithArticle("b", "B", "1987-03-03", "Brindle Salomon SA said it agreed to buy a stake in Brindle Salomon Inc, the New York broker.")
            .WithArticle("c", "C", "1987-03-04", "Kettle Brothers said it would underwrite the offering of 20 mln shares.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(ActorKind.Organisation, ActorShelf.Single(shelf, "Compania Minera Andina S.A.").Kind);
        Assert.Equal(ActorKind.Organisation, ActorShelf.Single(shelf, "Kettle Brothers").Kind);
        var sa = ActorShelf.Single(shelf, "Brindle Salomon SA");
        var inc = ActorShelf.Single(shelf, "Brindle Salomon Inc");
        Assert.NotEqual(sa.Id, inc.Id);
        Assert.Equal(ActorKind.Organisation, sa.Kind);
        Assert.Equal(ActorKind.Organisation, inc.Kind);
    }

    [Theory]
    [InlineData("Hulleras del Norte S.A.", ActorKind.Other)]
    [InlineData("Kettle Brothers", ActorKind.Person)]
    [InlineData("Marl Shipping Co", ActorKind.Other)]
    public void A_legal_form_makes_an_organisation_whatever_the_tagger_guessed(string name, ActorKind guessed) =>
        Assert.Equal(ActorKind.Organisation, BriefBot.Core.Knowledge.Build.NameForms.KindOf(name, guessed));

    [Theory]
    [InlineData("Inc>", true)]
    [InlineData("Ltd", true)]
    [InlineData("Kettle Holdings Inc", false)]
    public void A_legal_form_alone_names_nothing(string surface, bool noName) =>
        Assert.Equal(noName, BriefBot.Core.Knowledge.Build.NameForms.IsNoName(surface));

    [Fact]
    public async Task A_figure_is_no_actor()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "The Public Sector Borrowing Requirement (PSBR) will fall to four billion stg, the Chancellor said. The PSBR was 7.1 billion last year.")
            .WithArticle("b", "B", "1987-03-05", "The Retail Price Index rose 0.4 pct in February. The Current Account Deficit narrowed.")
            .WithArticle("c", "C", "1987-03-09", "The Public Sector Borrowing Requirement (PSBR) was revised. The PSBR overshot in February.");
        await shelf.BuildAsync(Ct);

        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name.EndsWith("Requirement", StringComparison.Ordinal)
            || a.Name.EndsWith("Index", StringComparison.Ordinal) || a.Name.EndsWith("Deficit", StringComparison.Ordinal) || a.Name == "PSBR");
    }

    [Fact]
    public async Task A_party_is_an_organisation_of_its_state_not_a_person_nor_one_party_for_every_state()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-02-27", "ROME, Feb 27 - Leaders of the five coalition parties agreed to meet today to settle their differences with the majority Christian Democrats. Christian Democrat leaders met on Friday to choose a candidate.")
            .WithArticle("b", "B", "1987-03-05", "ROME, March 5 - Political sources said the Christian Democrats are likely to leave the coalition unless they get the prime minister's job.")
            .WithArticle("c", "C", "1987-03-06", "BONN, March 6 - The Christian Democrats lost votes in the state election on Sunday.");
        await shelf.BuildAsync(Ct);

        var parties = ActorShelf.All(shelf).Where(a => a.Name.EndsWith("Christian Democrats", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, parties.Count);
        Assert.All(parties, p => Assert.Equal(ActorKind.Organisation, p.Kind));
        Assert.Equal(["a", "b"], parties.Single(p => p.ArticleIds.Contains("a")).ArticleIds);
        Assert.Equal(["c"], parties.Single(p => p.ArticleIds.Contains("c")).ArticleIds);
    }

    [Fact]
    public async Task A_party_in_a_capital_dated_before_its_state_was_founded_is_the_party_of_the_state_before()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-06-25", "MOSCOW, June 25 - The Communist Party named three new members of its ruling body on Thursday.");
        await shelf.BuildAsync(Ct);

        var party = Assert.Single(ActorShelf.All(shelf), a => a.Name.EndsWith("Communist Party", StringComparison.Ordinal));
        Assert.Equal("Soviet Communist Party", party.Name);
    }

    [Fact]
    public async Task A_party_named_by_its_state_or_by_a_capital_of_a_state_since_gone_is_that_state_s()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-06", "BONN, March 6 - The Social Democratic Party lost votes in the state election on Sunday.")
            .WithArticle("b", "B", "1987-03-09", "Leaders of the German Social Democratic Party met in Hamburg on Monday.");
        await shelf.BuildAsync(Ct);

        var parties = ActorShelf.All(shelf).Where(a => a.Name.EndsWith("Social Democratic Party", StringComparison.Ordinal)).Select(a => a.Name).ToList();
        Assert.Contains("West German Social Democratic Party", parties);
        Assert.Contains("German Social Democratic Party", parties);
        Assert.DoesNotContain("East German Social Democratic Party", parties);
    }

    [Fact]
    public async Task A_demonym_of_two_words_stands_for_its_own_state()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-06", "Traders said West German exporters expect sales to East German buyers to rise this year.");
        await shelf.BuildAsync(Ct);

        var actors = ActorShelf.All(shelf);
        Assert.Contains(actors, a => a.Name == "West Germany" && a.Kind == ActorKind.State && a.ArticleIds.Contains("a"));
        Assert.Contains(actors, a => a.Name == "East Germany" && a.Kind == ActorKind.State && a.ArticleIds.Contains("a"));
        Assert.DoesNotContain(actors, a => a.Name is "West German" or "East German");
    }

    [Fact]
    public async Task A_firm_in_angle_brackets_is_one_organisation_with_its_bare_name()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-31", "Romiti said sales growth partly reflected recent acquisitions such as that of <Corvina-Lusso SpA>.\n\nCorvina Lusso was acquired late last year.");
        await shelf.BuildAsync(Ct);

        var firm = ActorShelf.Single(shelf, "Corvina-Lusso SpA");
        Assert.Equal(ActorKind.Organisation, firm.Kind);
        Assert.Equal(2, firm.MentionCount);
    }

    [Fact]
    public async Task A_titled_person_named_like_a_town_stays_a_person_and_keeps_the_lone_surname()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-04-27", "Asian Kelp Bank president Hiroshi Fujisawa said lending would rise. Fujisawa said the bank had no plans to raise capital.")
            .WithArticle("b", "B", "1987-04-28", "Asian Kelp Bank president Hiroshi Fujisawa met donors on Tuesday. Fujisawa said they agreed.");
        await shelf.BuildAsync(Ct);

        var person = ActorShelf.Single(shelf, "Hiroshi Fujisawa");
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.True(person.MentionCount >= 4, $"mentions: {person.MentionCount}");
        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name == "Fujisawa");
    }

    [Fact]
    public async Task A_demonym_or_a_state_s_own_name_opening_a_firm_s_name_is_part_of_it()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "British Airways said it would buy 12 jets. Swiss Bank Corp led the issue. The Soviet Communist Party met on Monday.")
            .WithArticle("b", "B", "1987-03-03", "Nippon Steel said it would cut output by ten pct this year.");
        await shelf.BuildAsync(Ct);

        var names = ActorShelf.All(shelf).ToDictionary(a => a.Name, a => a.Kind);
        Assert.Equal(ActorKind.Organisation, names["British Airways"]);
        Assert.Equal(ActorKind.Organisation, names["Swiss Bank Corp"]);
        Assert.Equal(ActorKind.Organisation, names["Nippon Steel"]);
        Assert.Equal(ActorKind.Organisation, names["Soviet Communist Party"]);
        Assert.DoesNotContain("Airways", names.Keys);
        Assert.DoesNotContain("Steel", names.Keys);
        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name == "Japan" && a.ArticleIds.Contains("b"));
    }

    [Fact]
    public async Task Seas_straits_rivers_and_temples_are_places_and_a_maker_s_model_is_no_organisation()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Tankers sailing through the Strait of Hormuz were attacked. Troops stormed the Golden Temple in Amritsar.")
            .WithArticle("b", "B", "1987-03-03", "The airline ordered ten Airbus A320 jets and leased a Cray X-MP computer.");
        await shelf.BuildAsync(Ct);

        var all = ActorShelf.All(shelf);
        Assert.Equal(ActorKind.Place, ActorShelf.Single(shelf, "Strait of Hormuz").Kind);
        Assert.Equal(ActorKind.Place, ActorShelf.Single(shelf, "Golden Temple").Kind);
        Assert.DoesNotContain(all, a => a.Kind == ActorKind.Organisation && a.Name.Contains("A320", StringComparison.Ordinal));
        Assert.DoesNotContain(all, a => a.Kind == ActorKind.Organisation && a.Name.Contains("X-MP", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_title_the_tagger_read_into_a_name_does_not_make_a_second_person()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Rupert Quillby said sterling was stable. Quillby spoke in London.")
            .WithArticle("b", "B", "1987-03-03", "Chancellor of the Exchequer Rupert Quillby said the budget would cut taxes.");
        await shelf.BuildAsync(Ct);

        var person = ActorShelf.Single(shelf, "Rupert Quillby");
        Assert.Equal(["a", "b"], person.ArticleIds);
        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name.Contains("Exchequer Rupert", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Finance Ministry", true)]
    [InlineData("Air Force", true)]
    [InlineData("Communist Party", true)]
    [InlineData("Air Lines Co", false)]
    [InlineData("Airways", false)]
    [InlineData("Bank Corp", false)]
    public void What_follows_a_state_s_name_is_its_body_or_a_firm_s_name(string words, bool isStateBody)
    {
        var tokens = BriefBot.Core.Knowledge.Text.Tokenizer.Tokenize(words);
        Assert.Equal(isStateBody, BriefBot.Core.Knowledge.Ingest.NameLexicon.IsStateBody(tokens, 0, tokens.Count));
    }
}
