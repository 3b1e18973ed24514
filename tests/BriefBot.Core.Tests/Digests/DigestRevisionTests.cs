using BriefBot.Core.Replies;
using Xunit;

namespace BriefBot.Core.Tests.Digests;

/// <summary>A later article from the same publisher that redates a shelf event shows under "Revised by the source", not "Sources disagree".</summary>
public sealed class DigestRevisionTests
{
    private static readonly DateTimeOffset MondayMorning = new(2031, 6, 2, 9, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The fixture's "Harbour shelled" article is published by "recent Press" (TestShelf names the source after the id).
    private static string SamePublisher(string title, string published, string body) =>
        $"---\ntitle: \"{title}\"\npublished: {published}\nsource: recent Press\nlanguage: en\n---\n\n{body}\n";

    [Fact]
    public async Task The_same_publisher_correcting_the_shelling_day_is_a_revision_in_the_next_digest()
    {
        using var f = new DigestFixture();
        var subscription = await f.FirstDigestDeliveredAsync(MondayMorning, Ct);
        Assert.DoesNotContain("Revised by the source", f.Channel.Delivered.Single().Reply.Sections.Select(s => s.Heading));

        var digest = await f.NextWeekAsync(subscription, MondayMorning, shelf =>
            shelf.WithRawArticle("recent-corrected", SamePublisher("Harbour shelled (corrected)", "2031-06-03",
                "Sylvanian gunboats shelled the Freedonian harbour on May 27, 2031, an earlier report gave the wrong day.")), Ct);

        Assert.DoesNotContain("Sources disagree", digest.Sections.Select(s => s.Heading));
        var line = Assert.Single(digest.Sections.Single(s => s.Heading == "Revised by the source").Lines);
        Assert.Matches(@"^27 May 2031 \[\d\] \(revised from 28 May 2031 \[\d\] by the same publisher\) — ", line.PlainText);
        var first = line.Spans.OfType<CitationSpan>().First().Number;
        Assert.Equal("Harbour shelled (corrected)", digest.Sources.Single(s => s.Number == first).ArticleTitle);
    }
}
