using BriefBot.Core.Knowledge.Build;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

/// <summary>What a name's shape says about it (docs/quality.md, Actors), as reporters write names.</summary>
public sealed class NameShapeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Norsk Data A/S", "norsk data", "as")]
    [InlineData("Fiat S.p.A.", "fiat", "spa")]
    [InlineData("Algemene Bank Nederland N.V.", "algemene bank nederland", "nv")]
    [InlineData("Jydsk Telefon Aktieselskab", "jydsk telefon", "as")]
    public void A_legal_form_spelled_with_dots_or_a_slash_is_a_legal_form(string name, string expectedBase, string forms) =>
        Assert.Equal((expectedBase, forms), FirmNames.Split(name));

    [Theory]
    [InlineData("Mohammed al-Qassimi")]
    [InlineData("Abdul-Aziz bin Khalifa")]
    public void A_name_with_a_lower_case_arabic_particle_inside_is_a_person(string name) =>
        Assert.Equal(ActorKind.Person, NameForms.KindOf(name, ActorKind.Other));

    [Theory]
    [InlineData("GNP", true)]
    [InlineData("EC Transport Ministers", true)]
    [InlineData("Council of Ministers", false)]
    [InlineData("House of Representatives", false)]
    public void A_figure_or_a_group_of_office_holders_names_no_actor(string surface, bool noName) =>
        Assert.Equal(noName, NameForms.IsNoName(surface));

    [Fact]
    public async Task An_acronym_spelled_out_once_in_parentheses_is_that_organisation_across_the_shelf()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "The rival would compete with Kestrel Denwa Denshin (KDD), which has a monopoly on overseas calls.")
            .WithArticle("b", "B", "1987-03-09", "KDD said overseas call volume rose 12 pct in February.");
        await shelf.BuildAsync(Ct);

        var firm = ActorShelf.Single(shelf, "Kestrel Denwa Denshin");
        Assert.Equal(["a", "b"], firm.ArticleIds);
        Assert.Equal(ActorKind.Organisation, firm.Kind);
        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name == "KDD");
    }

    [Fact]
    public async Task A_party_written_as_its_members_or_by_its_name_is_one_party_of_its_state()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-05-12", "LONDON, May 12 - The Conservatives lead the opinion polls by eight points.")
            .WithArticle("b", "B", "1987-05-14", "LONDON, May 14 - Britain's Conservative Party published its election manifesto on Thursday.");
        await shelf.BuildAsync(Ct);

        var party = Assert.Single(ActorShelf.All(shelf), a => a.Name.Contains("Conservative", StringComparison.Ordinal));
        Assert.Equal(["a", "b"], party.ArticleIds);
        Assert.Equal(ActorKind.Organisation, party.Kind);
    }

    [Fact]
    public async Task A_people_or_an_adjective_of_a_region_is_no_actor()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-05-12", "Latin American debtors met in Caracas. South Africans voted on Wednesday, and North African exporters protested.");
        await shelf.BuildAsync(Ct);

        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name is "Latin American" or "South Africans" or "North African");
    }

    [Theory]
    [InlineData("Inter-dealer", true)]
    [InlineData("Of 25-1/2", true)]
    [InlineData("National Security Adviser", true)]
    [InlineData("Treasury Secretary", true)]
    [InlineData("Trade and Industry", true)]
    [InlineData("Deutschland) AG", true)]
    [InlineData("Sony Electronics (M) Sdn Bhd", false)]
    [InlineData("Franco-U.S.", true)]
    [InlineData("Public Works Department", false)]
    [InlineData("Coca-Cola", false)]
    [InlineData("Bank of Montreal", false)]
    public void A_capitalised_sentence_opener_names_no_actor(string surface, bool noName) =>
        Assert.Equal(noName, NameForms.IsNoName(surface));

    [Fact]
    public async Task A_given_name_before_a_word_of_a_place_s_name_is_still_a_person()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Colin Marshall told reporters the airline would add flights to Asia. Bruce Jackson said fares would rise.")
            .WithArticle("b", "B", "1987-03-03", "Lawmakers on Capitol Hill said the bill would pass. Prospects for Fredville improved, traders said.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(ActorKind.Person, ActorShelf.Single(shelf, "Colin Marshall").Kind);
        Assert.Equal(ActorKind.Person, ActorShelf.Single(shelf, "Bruce Jackson").Kind);
        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Kind == ActorKind.Person && a.Name is "Capitol Hill" or "Prospects for Fredville");
    }

    [Fact]
    public async Task Initials_are_a_person_s_when_a_title_says_so()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Sales will grow this year, divisional manager K.S. Nicklin said.")
            .WithArticle("b", "B", "1987-03-03", "Brokers at E.F. Hutton said the shares were cheap.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(ActorKind.Person, ActorShelf.Single(shelf, "K.S. Nicklin").Kind);
        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Kind == ActorKind.Person && a.Name.StartsWith("E.F.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wire_brackets_and_caret_returns_are_not_part_of_a_name()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Toyota severed its ties with <Delta Motor Corp>, its local partner, and chose <Pratt^M and Whitney> engines.");
        await shelf.BuildAsync(Ct);

        var names = ActorShelf.All(shelf).Select(a => a.Name).ToList();
        Assert.Contains("Delta Motor Corp", names);
        Assert.Contains("Pratt and Whitney", names);
        Assert.DoesNotContain(names, n => n.Contains('>', StringComparison.Ordinal) || n.Contains('^', StringComparison.Ordinal));
    }
}
