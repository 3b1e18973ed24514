using BriefBot.Core.Replies;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Who;

/// <summary>Bodies looked up the way a reader writes them after reading a story: without the legal form, with "of", by acronym.</summary>
public sealed class WrittenNameLookupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TestShelf Shelf() => new TestShelf()
        .WithGazetteer(Shelves.Gazetteer)
        .WithArticle("a", "Shipping results", "1987-03-02", "Harbour Shipping Inc said on Monday its profits rose. Its German unit, Kestrel Harbour Shipping AG, said sales fell.")
        .WithArticle("b", "Bank issues", "1987-03-03", "Royal Bank of Marlland Plc. issued a bond. Lead manager was Marlland Savings Bank and Ostrava Bank of Commerce.")
        .WithArticle("c", "Party vote", "1987-03-04", "The ruling Harbour Reform Party (HRP) won the vote in Fredville. Officials of the HRP said the budget would pass.");

    [Fact]
    public async Task A_firm_written_without_its_legal_form_is_that_firm_not_one_more_name_holding_the_word()
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Harbour Shipping", Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("Harbour Shipping Inc", reply.Title);
    }

    [Fact]
    public async Task A_name_written_with_of_finds_the_one_name_holding_it_in_that_order()
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Royal Bank of Marlland", Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("Royal Bank of Marlland Plc.", reply.Title);
    }

    [Fact]
    public async Task An_acronym_the_story_writes_for_a_body_finds_its_card()
    {
        using var shelf = Shelf();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who HRP", Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("Harbour Reform Party", reply.Title);
        Assert.Contains("also HRP", reply.Summary, StringComparison.Ordinal);
    }
}
