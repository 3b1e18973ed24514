using BriefBot.Core.Replies;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Who;

public sealed class ActorLookupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static BriefBot.TestKit.Knowledge.TestShelf Shelf() => new BriefBot.TestKit.Knowledge.TestShelf()
        .WithGazetteer(Shelves.Gazetteer)
        .WithArticle("a", "A", "1987-02-26", "Parliament speaker Ali Akbar Hashemi Rafsanjani said the war would go on.")
        .WithArticle("b", "B", "1987-02-27", "President Heydar Aliyev and Prime Minister Ilham Aliyev met in Fredville.");

    [Fact]
    public async Task One_misspelt_word_finds_the_name_it_is_a_word_of()
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Rafsanjan", Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("Ali Akbar Hashemi Rafsanjani", reply.Title);
    }

    [Fact]
    public async Task One_misspelt_surname_of_two_people_offers_both()
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Aliyv", Ct);

        Assert.Equal(ReplyKind.Choice, reply.Kind);
        Assert.Equal(["Heydar Aliyev", "Ilham Aliyev"], reply.Choices.Select(c => c.Label).Order());
    }

    [Fact]
    public async Task A_name_nobody_resembles_still_shows_the_closest_names()
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Nobody Atall", Ct);

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.NotEmpty(reply.Choices);
    }
}
