using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Ingest.World;
using BriefBot.Core.Knowledge.Model;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Ingest;

/// <summary>Names in newswire as reporters write it, read with the world gazetteer and no actors.yaml.</summary>
public sealed class NewsMentionTests
{
    private static readonly MentionFinder Finder = new(Gazetteer.Empty.WithWorld(WorldGazetteer.Default));

    private static IReadOnlyList<RawMention> Find(string sentence, string? date = null) =>
        Finder.Find(sentence, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), document: null);

    private static RawMention Person(string sentence) => Assert.Single(Find(sentence), m => m.Kind == ActorKind.Person);

    [Theory]
    [InlineData("U.S. Secretary of State George Shultz said he would not resign.", "George Shultz", "Secretary of State")]
    [InlineData("Iran's Minister of Foreign Affairs Ali Akbar Velayati arrived in Damascus on Monday.", "Ali Akbar Velayati", "Minister of Foreign Affairs")]
    [InlineData("Chief Executive Tomas Reinholt said profits would rise this year.", "Tomas Reinholt", "Chief Executive")]
    [InlineData("Deputy Prime Minister Nicholas Ridley told parliament the plan was sound.", "Nicholas Ridley", "Deputy Prime Minister")]
    [InlineData("Rear Admiral John Poindexter refused to testify before the committee.", "John Poindexter", "Rear Admiral")]
    [InlineData("The convoy was led by Commodore Ian Bell, the navy said.", "Ian Bell", "Commodore")]
    [InlineData("Parliament speaker Hojatoleslam Ali Akbar Hashemi Rafsanjani said the war would go on.", "Ali Akbar Hashemi Rafsanjani", "Hojatoleslam")]
    [InlineData("Oil minister Sheikh Ahmed Zaki Yamani left the meeting early.", "Ahmed Zaki Yamani", "Sheikh")]
    [InlineData("Ayatollah Ruhollah Khomeini called for a day of mourning.", "Ruhollah Khomeini", "Ayatollah")]
    public void A_title_before_a_name_is_the_title_and_never_part_of_the_name(string sentence, string name, string title)
    {
        var person = Person(sentence);

        Assert.Equal((name, title), (person.Surface, person.Title));
    }

    [Fact]
    public void The_state_before_a_title_is_the_state_the_title_belongs_to()
    {
        var person = Person("U.S. Secretary of State George Shultz said he would not resign.");

        Assert.Equal("united-states", person.OfActorId);
    }

    [Theory]
    [InlineData("But Prime Minister Margaret Thatcher said the talks had failed.", "Margaret Thatcher", "Prime Minister")]
    [InlineData("And President Ronald Reagan said he knew nothing of the arms sales.", "Ronald Reagan", "President")]
    [InlineData("Yet Chancellor Helmut Kohl refused to cut taxes.", "Helmut Kohl", "Chancellor")]
    public void A_sentence_opening_but_and_or_yet_is_not_part_of_the_title_or_name(string sentence, string name, string title)
    {
        var person = Person(sentence);

        Assert.Equal((name, title), (person.Surface, person.Title));
    }

    [Theory]
    [InlineData("Iraq said its warplanes hit an Iranian tanker in the Gulf.", "iraq")]
    [InlineData("Greece closed its border with Turkey on Sunday.", "greece")]
    [InlineData("Kuwait raised its oil output in March.", "kuwait")]
    [InlineData("Spain and Portugal joined the talks.", "spain")]
    [InlineData("Brazil suspended interest payments on its foreign debt.", "brazil")]
    [InlineData("Japan agreed to open its markets to American chips.", "japan")]
    [InlineData("Lithuania declared independence from Moscow.", "lithuania")]
    public void A_one_word_state_nobody_listed_is_found_from_the_world_gazetteer(string sentence, string stateId)
    {
        var mention = Assert.Single(Find(sentence), m => m.GazetteerId == stateId);

        Assert.Equal(ActorKind.State, mention.Kind);
    }

    [Theory]
    [InlineData("Moscow rejected the proposal on Tuesday.", "1987-03-02", "soviet-union")]
    [InlineData("Moscow rejected the proposal on Tuesday.", "2024-03-02", "russia")]
    [InlineData("Prague rejected the proposal on Tuesday.", "1987-03-02", "czechoslovakia")]
    public void A_capital_stands_for_the_state_that_held_it_on_the_article_date(string sentence, string date, string stateId)
    {
        var mention = Assert.Single(Find(sentence, date));

        Assert.Equal((stateId, MentionSource.Metonym), (mention.GazetteerId, mention.Source));
    }

    [Fact]
    public void A_capital_after_in_is_the_city_not_the_government()
    {
        var mention = Assert.Single(Find("Talks resumed in Baku on Friday."));

        Assert.Equal(ActorKind.Place, mention.Kind);
    }

    [Theory]
    [InlineData("NICOSIA, Oct 19 - Iran said it had shot down an Iraqi jet.", "NICOSIA")]
    [InlineData("ANKARA, March 29 - Turkey said it would buy more gas.", "ANKARA")]
    public void A_dateline_city_is_a_place(string sentence, string city)
    {
        var mention = Assert.Single(Find(sentence), m => m.Surface == city);

        Assert.Equal(ActorKind.Place, mention.Kind);
    }

    [Fact]
    public void A_headline_in_capitals_is_tagged_too()
    {
        var ids = Find("IRAQ SAYS IT HIT IRANIAN TANKER IN GULF").Select(m => m.GazetteerId);

        Assert.Contains("iraq", ids);
    }

    [Theory]
    [InlineData("VOWG.F shares rose 12 marks in Frankfurt.", "VOWG.F")]
    [InlineData("The dollar fell to 1.80 marks from 1.82 DLR.", "DLR")]
    [InlineData("The bank set the rate at 150 JPY.", "JPY")]
    [InlineData("Reuter", "Reuter")]
    [InlineData("The deal was agreed with NV Philips Gloeilampenfabrieken PGLO.AS.", "PGLO")]
    public void Tickers_currency_codes_and_the_sign_off_are_not_actors(string sentence, string noise)
    {
        Assert.DoesNotContain(Find(sentence), m => m.Surface.Contains(noise, StringComparison.Ordinal));
    }

    [Fact]
    public void A_byline_is_not_an_actor()
    {
        Assert.DoesNotContain(Find("By Jane Doe, Reuters"), m => m.Kind == ActorKind.Person);
    }

    [Fact]
    public void Initials_before_a_full_stop_are_no_ticker()
    {
        Assert.Contains(Find("The shares were bought by E.F. Hutton and the U.S. Treasury sold notes."), m => m.Surface.Contains("Hutton", StringComparison.Ordinal));
    }
}
