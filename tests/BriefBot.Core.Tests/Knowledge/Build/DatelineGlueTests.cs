using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

public sealed class DatelineGlueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Three_stories_filed_from_one_city_on_one_day_stay_three_events()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-10-19", "FREDVILLE, Oct 19 - Shares of Harlan Electric Co plunged 20 pct on October 19, 1987, brokers said.")
            .WithArticle("b", "B", "1987-10-19", "FREDVILLE, Oct 19 - Finance Minister Otis Driftwood resigned on October 19, 1987, after a row over the budget.")
            .WithArticle("c", "C", "1987-10-19", "FREDVILLE, Oct 19 - The Marl Shipping Co tanker ran aground on October 19, 1987, spilling crude oil.");
        await shelf.BuildAsync(Ct);

        var events = ActorShelf.EventsOn(shelf, new DateOnly(1987, 10, 19));

        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal(1, e.ArticleCount));
        Assert.All(events, e => Assert.DoesNotContain(e.PlaceIds.Concat(e.ActorIds), id => id.StartsWith("fredville", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_same_event_told_at_a_day_and_at_a_month_by_two_stories_is_one_event()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-10-20", "Finance Minister Otis Driftwood resigned on October 19, 1987, after a row over the budget.")
            .WithArticle("b", "B", "1987-11-20", "Otis Driftwood resigned in October 1987 after the row over the budget.");
        await shelf.BuildAsync(Ct);

        var events = ActorShelf.EventsOn(shelf, new DateOnly(1987, 10, 19));

        var resignation = Assert.Single(events);
        Assert.Equal(2, resignation.ArticleCount);
    }

    [Fact]
    public async Task A_story_that_shares_a_participant_and_words_with_one_telling_alone_does_not_join_the_event()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-04", "Freedonia and Sylvania signed a fishing treaty in Fredville on March 3, 1987.")
            .WithArticle("b", "B", "1987-03-04", "Freedonia and Sylvania signed the fishing treaty on March 3, 1987, officials said.")
            .WithArticle("c", "C", "1987-03-05", "Sylvania and Freedonia signed the fishing treaty and agreed grain prices on March 3, 1987.")
            .WithArticle("d", "D", "1987-03-05", "Sylvania agreed grain prices on March 3, 1987, traders said.");
        await shelf.BuildAsync(Ct);

        var events = ActorShelf.EventsOn(shelf, new DateOnly(1987, 3, 3));

        var treaty = Assert.Single(events, e => e.Mentions.Any(m => m.Citation.ArticleId == "a"));
        Assert.Equal(["a", "b", "c"], treaty.Mentions.Select(m => m.Citation.ArticleId).Distinct().Order().ToArray());
        Assert.Contains(events, e => e.Mentions.Any(m => m.Citation.ArticleId == "d") && e.Mentions.All(m => m.Citation.ArticleId != "a"));
    }
}
