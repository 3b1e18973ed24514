using BriefBot.Core.Replies;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

public sealed class NewArticleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task People_and_organisations_of_an_added_article_are_answered_with_their_role()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        shelf.WithArticle("shipping", "Shipping line", "2031-07-02", """
            FREDVILLE, July 2 - Chairman Otis Driftwood of Marl Shipping Co said the line would add three ships.

            Driftwood said the Freedonian Finance Ministry had approved the loan.
            """);
        await shelf.BuildAsync(Ct);

        var person = await shelf.AskAsync("/who Otis Driftwood", Ct);
        var firm = await shelf.AskAsync("/who Marl Shipping Co", Ct);
        var ministry = await shelf.AskAsync("/who Freedonian Finance Ministry", Ct);

        Assert.Equal(ReplyKind.Answer, person.Kind);
        Assert.Contains("Chairman", PlainTextRenderer.Render(person), StringComparison.Ordinal);
        Assert.Equal(ReplyKind.Answer, firm.Kind);
        Assert.Equal(ReplyKind.Answer, ministry.Kind);
    }
}
