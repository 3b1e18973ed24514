using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest;

public sealed class MentionFinderTests
{
    private static readonly MentionFinder Finder = new(Gazetteer.Parse("actors.yaml", Shelves.Gazetteer, new List<ArticleProblem>()));

    private static IReadOnlyList<RawMention> Find(string sentence) => Finder.Find(sentence);

    [Fact]
    public void Gazetteer_names_match_through_possessives_and_case()
    {
        var mentions = Find("Sylvania's navy and the REPUBLIC OF SYLVANIA met.");

        Assert.Equal(["sylvania", "sylvania"], mentions.Select(m => m.GazetteerId));
    }

    [Fact]
    public void Acronyms_match_only_in_their_own_case()
    {
        Assert.Equal("league-of-coastal-states", Assert.Single(Find("The LCS met.")).GazetteerId);
        Assert.Empty(Find("The lcs met."));
    }

    [Theory]
    [InlineData("Freedonian officials denied it.", true)]
    [InlineData("Freedonian-made boats sank.", false)]
    [InlineData("He admired Freedonian poetry.", false)]
    public void A_demonym_stands_for_its_state_only_before_state_nouns(string sentence, bool isState)
    {
        var mentions = Find(sentence);

        Assert.Equal(isState, mentions.Any(m => m.GazetteerId == "freedonia" && m.Source == MentionSource.Demonym));
    }

    [Fact]
    public void A_longer_listed_name_wins_over_the_demonym_inside_it()
    {
        var finder = new MentionFinder(Gazetteer.Parse("a.yaml", "- name: Sylvanian Empire\n  kind: state\n- name: Sylvania\n  kind: state\n  demonyms: [Sylvanian]\n", new List<ArticleProblem>()));

        var mention = Assert.Single(finder.Find("The Sylvanian Empire fell."));

        Assert.Equal("sylvanian-empire", mention.GazetteerId);
    }

    [Fact]
    public void A_hyphenated_pair_of_demonyms_names_both_states()
    {
        var ids = Find("The Freedonian–Sylvanian border was closed.").Select(m => m.GazetteerId).ToList();

        Assert.Equal(["freedonia", "sylvania"], ids);
    }

    [Fact]
    public void A_capital_is_the_government_unless_it_is_a_place()
    {
        Assert.Equal("freedonia", Assert.Single(Find("Fredville demanded answers.")).GazetteerId);
        var place = Assert.Single(Find("The envoy arrived in Fredville."));
        Assert.Null(place.GazetteerId);
        Assert.Equal(ActorKind.Place, place.Kind);
    }

    [Fact]
    public void A_demonym_title_and_name_give_the_role_and_its_state()
    {
        var mention = Assert.Single(Find("Sylvanian Foreign Minister Chicolini Ravelli denied it."));

        Assert.Equal("Chicolini Ravelli", mention.Surface);
        Assert.Equal(ActorKind.Person, mention.Kind);
        Assert.Equal("Foreign Minister", mention.Title);
        Assert.Equal("sylvania", mention.OfActorId);
    }

    [Theory]
    [InlineData("then President Rufus Firefly left.", "then")]
    [InlineData("Former President Rufus Firefly left.", "former")]
    [InlineData("The newly elected President Rufus Firefly left.", "newly elected")]
    public void Time_words_before_a_title_are_kept(string sentence, string qualifier)
    {
        var mention = Assert.Single(Find(sentence));

        Assert.Equal("rufus-firefly", mention.GazetteerId);
        Assert.Equal("President", mention.Title);
        Assert.Equal(qualifier, mention.Qualifier);
    }

    [Fact]
    public void An_unlisted_name_in_apposition_gets_its_role()
    {
        var mention = Assert.Single(Find("Harriet Quill, the harbour master and fleet commander, resigned."));

        Assert.Equal("Harriet Quill", mention.Surface);
        Assert.Equal(MentionSource.Discovered, mention.Source);
        Assert.Equal(["harbour master and fleet commander"], mention.RolePhrases);
    }

    [Fact]
    public void A_bio_line_gives_each_of_its_roles()
    {
        var mention = Assert.Single(Find("Dr. Harriet Quill is Head of Research at the Marl Institute and a fellow at the Sea Academy."), m => m.Kind == ActorKind.Person);

        Assert.Equal(["Head of Research at the Marl Institute", "fellow at the Sea Academy"], mention.RolePhrases);
    }

    [Theory]
    [InlineData("The Marl Shipping Company filed suit.", "Marl Shipping Company", ActorKind.Organisation)]
    [InlineData("Ships left Port Marl International Airport.", "Port Marl International Airport", ActorKind.Place)]
    [InlineData("Veterans of the Second Harbour War met.", "Second Harbour War", ActorKind.Other)]
    public void Unlisted_names_are_discovered_with_their_kind(string sentence, string name, ActorKind kind)
    {
        var mention = Assert.Single(Find(sentence), m => !m.IsSingleWord);

        Assert.Equal((name, kind), (mention.Surface, mention.Kind));
    }

    [Theory]
    [InlineData("However, the talks failed.")]
    [InlineData("Middle Eastern leaders met.")]
    [InlineData("In March the rains came.")]
    public void Ordinary_capitalised_words_are_not_names(string sentence) => Assert.Empty(Find(sentence));
}
