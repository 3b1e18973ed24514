using BriefBot.Core.Knowledge.Build;
using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

/// <summary>One firm across the forms wire copy writes it in, and the words that say a name is a firm (docs/quality.md, Actors).</summary>
public sealed class FirmNameTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_firm_written_with_and_without_its_legal_forms_is_one_organisation()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Kestrel Optical Co Ltd said it would close a plant in Osaka. Kestrel Optical said sales fell 12 pct.")
            .WithArticle("b", "B", "1987-03-09", "Kestrel Optical Company shares rose 40 yen on the Tokyo exchange.");
        await shelf.BuildAsync(Ct);

        var firm = ActorShelf.Single(shelf, "Kestrel Optical Co Ltd");
        Assert.Equal(ActorKind.Organisation, firm.Kind);
        Assert.Equal(firm.Id, ActorShelf.Single(shelf, "Kestrel Optical").Id);
        Assert.Equal(firm.Id, ActorShelf.Single(shelf, "Kestrel Optical Company").Id);
        Assert.Equal(2, firm.ArticleIds.Count);
    }

    [Fact]
    public async Task A_bare_name_two_different_firms_could_shorten_to_joins_neither()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Brindle Salomon SA said it agreed to buy a stake in Brindle Salomon Inc, the New York broker.")
            .WithArticle("b", "B", "1987-03-04", "Analysts said Brindle Salomon had few other options.");
        await shelf.BuildAsync(Ct);

        var sa = ActorShelf.Single(shelf, "Brindle Salomon SA");
        var inc = ActorShelf.Single(shelf, "Brindle Salomon Inc");
        Assert.NotEqual(sa.Id, inc.Id);
        Assert.DoesNotContain("b", sa.ArticleIds);
        Assert.DoesNotContain("b", inc.ArticleIds);
    }

    [Theory]
    [InlineData("STOCKHOLM, April 9 - Swedish drug firm Orrin Castell <ORCS.ST> shares rose 48 crowns in early trading.", "Orrin Castell")]
    [InlineData("Traders said Morgan Tillery said its profit would rise by a fifth this year.", "Morgan Tillery")]
    [InlineData("Co-managers are Bankers Hale International Ltd, Corwin Ashby, Dunmore Securities Co and Elstree Bank Plc.", "Corwin Ashby")]
    public async Task A_name_the_tagger_reads_as_a_person_is_a_firm_when_its_sentence_writes_it_as_one(string sentence, string name)
    {
        using var shelf = ActorShelf.New().WithArticle("a", "A", "1987-04-09", sentence);
        await shelf.BuildAsync(Ct);

        Assert.Equal(ActorKind.Organisation, ActorShelf.Single(shelf, name).Kind);
    }

    [Fact]
    public async Task People_outnumbering_the_firms_of_a_list_stay_people_and_a_treaty_listed_with_firms_is_no_firm()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-04-09", "The talks were attended by Walter Brennick, Corwin Ashby, Lydia Marsh, Dunmore Securities Co and Elstree Bank Plc.")
            .WithArticle("b", "B", "1987-04-10", "Exporters cited the Multi-Fibre Agreement, Dunmore Securities Co and Elstree Bank Plc in the complaint.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(ActorKind.Person, ActorShelf.Single(shelf, "Corwin Ashby").Kind);
        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name.Contains("Fibre", StringComparison.Ordinal) && a.Kind == ActorKind.Organisation);
    }

    [Theory]
    [InlineData("Banque Verlaine Moreau")]
    [InlineData("AB Orrin")]
    [InlineData("Caisse Centrale de Credit")]
    public void A_bank_or_company_word_before_the_name_or_a_legal_form_before_it_makes_a_firm(string name) =>
        Assert.Equal(ActorKind.Organisation, NameForms.KindOf(name, ActorKind.Person));

    [Theory]
    [InlineData("Nomura Securities Co Ltd", "nomura securities", "co ltd")]
    [InlineData("Goldman, Sachs and Co", "goldman sachs", "co")]
    [InlineData("Toshiba Corporation", "toshiba", "corp")]
    [InlineData("AB Volvo", "volvo", "ab")]
    [InlineData("Morgan Grenfell", "morgan grenfell", "")]
    public void A_firm_name_splits_into_its_base_and_its_legal_forms(string name, string expectedBase, string forms) =>
        Assert.Equal((expectedBase, forms), FirmNames.Split(name));

    [Fact]
    public void A_bare_name_met_after_the_merge_finds_the_one_firm_it_shortens_and_not_one_of_two()
    {
        var registry = new ActorRegistry(Gazetteer.Empty);
        var hutton = registry.GetOrAdd("E.F. Hutton and Co Inc", ActorKind.Organisation);
        registry.GetOrAdd("Brindle Salomon SA", ActorKind.Organisation);
        registry.GetOrAdd("Brindle Salomon Inc", ActorKind.Organisation);
        registry.MergeVariants();

        Assert.Equal(hutton.Id, registry.FindFirm(Mention("E.F. Hutton", ActorKind.Other)));
        Assert.Null(registry.FindFirm(Mention("Brindle Salomon", ActorKind.Organisation)));

        // "Europe" of "Toshiba Europe Ltd" read as a place is no firm's short name; "Toshiba" read as a body is.
        var europe = registry.GetOrAdd("Europe Ltd", ActorKind.Organisation);
        registry.MergeVariants();
        Assert.Null(registry.FindFirm(Mention("Europe", ActorKind.Place)));
        Assert.Null(registry.FindFirm(Mention("Europe", ActorKind.Other)));
        Assert.Equal(europe.Id, registry.FindFirm(Mention("Europe", ActorKind.Organisation)));

        // "British Airways Plc" read as "British" and "Airways Plc": the bare head "Airways" is nobody's short name.
        registry.GetOrAdd("Airways Plc", ActorKind.Organisation);
        registry.MergeVariants();
        Assert.Null(registry.FindFirm(Mention("Airways", ActorKind.Organisation)));
    }

    private static RawMention Mention(string surface, ActorKind kind) => new()
    {
        Start = 0, End = surface.Length, Surface = surface, Folded = MentionFinder.Key(surface), Kind = kind,
        Source = MentionSource.Discovered, IsSingleWord = !surface.Contains(' ', StringComparison.Ordinal),
    };

    [Fact]
    public void A_body_written_once_with_a_slip_joins_its_spelling_and_a_place_apart_by_one_letter_does_not()
    {
        var registry = new ActorRegistry(Gazetteer.Empty.WithWorld(BriefBot.Core.Knowledge.Ingest.World.WorldGazetteer.Default));
        var douglas = registry.GetOrAdd("Kestrel Douglas Aircraft", ActorKind.Organisation, 5);
        var slip = registry.GetOrAdd("Kestrel Doughlas Aircraft", ActorKind.Organisation);
        var ireland = registry.GetOrAdd("Bank of Ireland", ActorKind.Organisation);
        var iceland = registry.GetOrAdd("Bank of Iceland", ActorKind.Organisation);
        registry.MergeVariants();

        Assert.Equal(douglas.Id, registry.FindByKey(MentionFinder.Key(slip.Name)));
        Assert.NotEqual(registry.FindByKey(MentionFinder.Key(ireland.Name)), registry.FindByKey(MentionFinder.Key(iceland.Name)));
    }

    [Theory]
    [InlineData("Douglas-designed")]
    [InlineData("ECU-denominated")]
    [InlineData("Hamburg-based")]
    public void An_adjective_made_with_a_hyphen_names_nothing(string surface) => Assert.True(NameForms.IsNoName(surface));

    [Fact]
    public async Task New_opening_a_newspaper_the_tagger_read_whole_stays_in_its_name()
    {
        using var shelf = ActorShelf.New().WithArticle("a", "A", "1987-03-02", "The New York Times reported on Sunday that the talks had failed.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(ActorKind.Organisation, ActorShelf.Single(shelf, "New York Times").Kind);
        Assert.DoesNotContain(ActorShelf.All(shelf), a => a.Name == "York Times");
    }

    [Fact]
    public async Task A_person_written_with_and_without_a_middle_initial_is_one_person()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-06-02", "Chief U.S. delegate Walter J. Brennick told the meeting the debt strategy was working.")
            .WithArticle("b", "B", "1987-06-03", "Neither Finch nor U.S. representative Walter Brennick could be reached for comment.")
            .WithArticle("c", "C", "1987-06-04", "Harold A. Pennick and Harold B. Pennick, cousins, sold their stakes. Harold Pennick declined to comment.");
        await shelf.BuildAsync(Ct);

        var brennick = ActorShelf.Single(shelf, "Walter Brennick");
        Assert.Equal(brennick.Id, ActorShelf.Single(shelf, "Walter J. Brennick").Id);
        Assert.Equal(ActorKind.Person, brennick.Kind);
        var pennicks = new HashSet<string>(StringComparer.Ordinal)
        {
            ActorShelf.Single(shelf, "Harold A. Pennick").Id, ActorShelf.Single(shelf, "Harold B. Pennick").Id, ActorShelf.Single(shelf, "Harold Pennick").Id,
        };
        Assert.Equal(3, pennicks.Count);
    }
}
