using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

public sealed class CoreferenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_later_surname_in_the_same_story_is_the_full_name()
    {
        using var shelf = ActorShelf.New().WithArticle("a", "A", "1987-02-26", """
            Secretary of State Groucho Marxley acknowledged failings in the arms affair but declared he would not resign.

            Marxley, travelling to Sylvania for a week-long visit, refused to comment directly on the report.
            """);
        await shelf.BuildAsync(Ct);

        var marxley = ActorShelf.Single(shelf, "Groucho Marxley");

        Assert.Equal(2, marxley.MentionCount);
    }

    [Fact]
    public async Task A_shortened_name_in_the_same_story_is_the_full_name()
    {
        using var shelf = ActorShelf.New().WithArticle("a", "A", "1987-02-26", """
            Parliament speaker Ali Akbar Hashemi Rafsanjani said the war would go on.

            Hashemi Rafsanjani told the assembly that Freedonia would not be intimidated.
            """);
        await shelf.BuildAsync(Ct);

        var speaker = ActorShelf.Single(shelf, "Ali Akbar Hashemi Rafsanjani");

        Assert.Equal(2, speaker.MentionCount);
        Assert.DoesNotContain(ActorShelf.Named(shelf, "Hashemi Rafsanjani"), a => a.Id != speaker.Id);
    }

    [Fact]
    public async Task The_minister_is_the_one_minister_the_story_introduced()
    {
        using var shelf = ActorShelf.New().WithArticle("a", "A", "1987-02-26", """
            Sylvanian Foreign Minister Chicolini Ravelli arrived in Fredville for talks on the harbour.

            The minister said the talks would last two days.
            """);
        await shelf.BuildAsync(Ct);

        var ravelli = ActorShelf.Single(shelf, "Chicolini Ravelli");

        Assert.Contains(ravelli.Facts, f => f.Citation.Quote.StartsWith("The minister said", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_Sylvanian_leader_is_the_one_Sylvanian_president_the_story_introduced()
    {
        using var shelf = ActorShelf.New().WithArticle("a", "A", "1987-02-26", """
            Sylvanian President Pinky Ravelli and Freedonian Foreign Minister Otis Driftwood met in Fredville.

            The Sylvanian leader said the border would reopen.
            """);
        await shelf.BuildAsync(Ct);

        var president = ActorShelf.Single(shelf, "Pinky Ravelli");
        var minister = ActorShelf.Single(shelf, "Otis Driftwood");

        Assert.Contains(president.Facts, f => f.Citation.Quote.StartsWith("The Sylvanian leader said", StringComparison.Ordinal));
        Assert.DoesNotContain(minister.Facts, f => f.Citation.Quote.StartsWith("The Sylvanian leader said", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_minister_stays_unresolved_when_two_ministers_fit()
    {
        using var shelf = ActorShelf.New().WithArticle("a", "A", "1987-02-26", """
            Sylvanian Foreign Minister Chicolini Ravelli met Freedonian Foreign Minister Otis Driftwood in Fredville.

            The minister said the talks would last two days.
            """);
        await shelf.BuildAsync(Ct);

        var ravelli = ActorShelf.Single(shelf, "Chicolini Ravelli");
        var driftwood = ActorShelf.Single(shelf, "Otis Driftwood");

        Assert.DoesNotContain(ravelli.Facts, f => f.Citation.Quote.StartsWith("The minister said", StringComparison.Ordinal));
        Assert.DoesNotContain(driftwood.Facts, f => f.Citation.Quote.StartsWith("The minister said", StringComparison.Ordinal));
    }
}
