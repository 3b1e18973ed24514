using BriefBot.Core.Replies;
using Xunit;

namespace BriefBot.Core.Tests.Digests;

/// <summary>A new article that dates a shelf event differently shows under "Sources disagree".</summary>
public sealed class DigestDisagreementTests
{
    private static readonly DateTimeOffset MondayMorning = new(2031, 6, 2, 9, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_article_giving_the_shelling_another_day_is_a_disagreement_in_the_next_digest()
    {
        using var f = new DigestFixture();
        var subscription = await f.FirstDigestDeliveredAsync(MondayMorning, Ct);
        Assert.DoesNotContain("Sources disagree", f.Channel.Delivered.Single().Reply.Sections.Select(s => s.Heading));

        var digest = await f.NextWeekAsync(subscription, MondayMorning, shelf =>
            shelf.WithArticle("other", "Harbour attack", "2031-06-03", "Sylvanian gunboats shelled the Freedonian harbour on May 27, 2031, witnesses said."), Ct);

        var line = Assert.Single(digest.Sections.Single(s => s.Heading == "Sources disagree").Lines);
        Assert.Matches(@"^27 May 2031 \[\d\] · 28 May 2031 \[\d\] — sources differ — ", line.PlainText);
        var titles = line.Spans.OfType<CitationSpan>().Select(c => digest.Sources.Single(s => s.Number == c.Number).ArticleTitle).Distinct();
        Assert.Equal(["Harbour attack", "Harbour shelled"], titles);
    }

    [Fact]
    public async Task A_new_article_that_agrees_adds_no_disagreement()
    {
        using var f = new DigestFixture();
        var subscription = await f.FirstDigestDeliveredAsync(MondayMorning, Ct);

        var digest = await f.NextWeekAsync(subscription, MondayMorning, shelf =>
            shelf.WithArticle("other", "Harbour attack", "2031-06-03", "Sylvanian gunboats shelled the Freedonian harbour on May 28, 2031, witnesses said."), Ct);

        Assert.DoesNotContain("Sources disagree", digest.Sections.Select(s => s.Heading));
    }
}
