using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Replies;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

public sealed class SurnameHijackTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_headline_phrase_is_no_person_and_captures_no_dateline()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("outlook", "Outlook", "1987-03-02", "Prospects for Tokyo look brighter this spring, analysts at Marl Securities said.")
            .WithArticle("yen-1", "Yen", "1987-03-03", "TOKYO, March 3 - The yen rose against the dollar in quiet trading, dealers said.")
            .WithArticle("yen-2", "Yen", "1987-03-04", "TOKYO, March 4 - The yen fell against the dollar after the weekend, dealers said.");
        await shelf.BuildAsync(Ct);

        var phrase = ActorShelf.Named(shelf, "Prospects for Tokyo");
        Assert.All(phrase, a => Assert.NotEqual(ActorKind.Person, a.Kind));
        Assert.All(phrase, a => Assert.True(a.MentionCount <= 1));
        var tokyo = ActorShelf.Single(shelf, "Tokyo");
        Assert.Equal(ActorKind.Place, tokyo.Kind);
        Assert.Equal(2, tokyo.MentionCount);
    }

    [Fact]
    public async Task A_word_that_stands_alone_in_many_stories_is_not_the_surname_of_one_person()
    {
        using var shelf = ActorShelf.New().WithArticle("minister", "Minister", "1987-03-02", "Finance Minister Dilson Brazil told reporters the debt talks would resume.");
        for (var i = 0; i < 10; i++)
        {
            shelf.WithArticle($"coffee-{i}", "Coffee", "1987-03-03", $"Coffee exports from Brazil rose {i + 2} pct in the month, traders said.");
        }

        await shelf.BuildAsync(Ct);

        var minister = ActorShelf.Single(shelf, "Dilson Brazil");
        Assert.Equal(1, minister.MentionCount);
        Assert.Single(minister.ArticleIds);
    }

    [Fact]
    public async Task A_lone_surname_in_another_story_links_to_the_only_person_with_it()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Secretary of State Groucho Marxley acknowledged failings in the affair.")
            .WithArticle("b", "B", "1987-03-05", "Marxley refused to comment directly on the report.");
        await shelf.BuildAsync(Ct);

        var marxley = ActorShelf.Single(shelf, "Groucho Marxley");

        Assert.Equal(["a", "b"], marxley.ArticleIds);
    }

    [Fact]
    public async Task Two_people_sharing_a_surname_give_the_picker_not_a_silent_merge()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Finance Minister Otis Driftwood spoke in Fredville.")
            .WithArticle("b", "B", "1987-03-03", "Central bank governor Hugo Driftwood spoke in Sylvan City.")
            .WithArticle("c", "C", "1987-03-04", "Driftwood said rates would stay where they are.");
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Driftwood", Ct);

        Assert.Equal(ReplyKind.Choice, reply.Kind);
        Assert.Equal(2, reply.Choices.Count);
        Assert.All(ActorShelf.All(shelf).Where(a => a.Name.EndsWith("Driftwood", StringComparison.Ordinal)), a => Assert.DoesNotContain("c", a.ArticleIds));
    }

    [Fact]
    public async Task A_possessive_surname_opening_a_later_story_links_to_the_only_person_with_it()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Trade Secretary Wilbur Quenton will visit the region next month.")
            .WithArticle("b", "B", "1987-03-09", "Quenton's visit was postponed because of the strike.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(["a", "b"], ActorShelf.Single(shelf, "Wilbur Quenton").ArticleIds);
    }

    [Fact]
    public async Task A_capitalised_word_the_shelf_also_writes_in_lower_case_is_no_surname()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Energy Minister Hal Lignite said output would rise.")
            .WithArticle("b", "B", "1987-03-03", "Lignite output fell three pct in the quarter, the statistics office said.")
            .WithArticle("c", "C", "1987-03-04", "Power stations burned more lignite than a year earlier.");
        await shelf.BuildAsync(Ct);

        Assert.Equal(["a"], ActorShelf.Single(shelf, "Hal Lignite").ArticleIds);
    }

    [Fact]
    public async Task A_sentence_initial_surname_two_people_share_links_to_neither()
    {
        using var shelf = ActorShelf.New()
            .WithArticle("a", "A", "1987-03-02", "Finance Minister Otis Marblund spoke in Fredville.")
            .WithArticle("b", "B", "1987-03-03", "Central bank governor Hugo Marblund spoke in Sylvan City.")
            .WithArticle("c", "C", "1987-03-04", "Marblund declined to comment.");
        await shelf.BuildAsync(Ct);

        Assert.All(ActorShelf.All(shelf).Where(a => a.Name.EndsWith("Marblund", StringComparison.Ordinal)), a => Assert.DoesNotContain("c", a.ArticleIds));
    }
}
