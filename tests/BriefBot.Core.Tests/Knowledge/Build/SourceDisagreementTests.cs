using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Replies;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Core.Tests.Knowledge.Build;

/// <summary>Sources that give one event different days, or one person different posts: both are kept and shown.</summary>
public sealed class SourceDisagreementTests
{
    private const string Gazetteer = Shelves.Gazetteer + """

        - name: Chicolini Ravelli
          kind: person
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Wire(string title, string published, string source, string body) =>
        $"---\ntitle: \"{title}\"\npublished: {published}\nsource: {source}\nlanguage: en\n---\n\n{body}\n";

    private static ReplyLine Attack(Reply reply) =>
        reply.Sections.Single(s => s.Heading == "Events").Lines.Single(l => l.PlainText.Contains("shelled", StringComparison.Ordinal));

    [Fact]
    public async Task Two_publishers_giving_different_days_for_the_same_attack_are_both_shown_with_their_sources()
    {
        using var shelf = new TestShelf().WithGazetteer(Gazetteer)
            .WithArticle("north", "Port Marl shelled", "2031-06-06", "On June 2, 2031, Sylvanian gunboats shelled the harbour of Port Marl, damaging the Freedonian customs house.")
            .WithArticle("south", "Gunboats hit Port Marl", "2031-06-07", "Sylvanian gunboats shelled the harbour of Port Marl on June 3, 2031, damaging the customs house of Freedonia.");
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031-06", Ct);

        var line = Attack(reply);
        Assert.Equal(["2031-06-02", "2031-06-03"], line.Spans.OfType<DateSpan>().Select(d => d.Value));
        Assert.Matches(@"^2 June 2031 \[\d\] · 3 June 2031 \[\d\] — sources differ — ", line.PlainText);
        var numbers = line.Spans.OfType<CitationSpan>().Select(c => c.Number).Distinct().ToList();
        Assert.Equal(["Port Marl shelled", "Gunboats hit Port Marl"], numbers.Select(n => reply.Sources.Single(s => s.Number == n).ArticleTitle));
        Assert.Single(reply.Sections.Single(s => s.Heading == "Events").Lines, l => l.PlainText.Contains("shelled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_publisher_correcting_itself_later_is_a_revision_with_the_newer_date_shown()
    {
        using var shelf = new TestShelf().WithGazetteer(Gazetteer)
            .WithRawArticle("first", Wire("Port Marl shelled", "2031-06-04", "Coast Wire", "On June 2, 2031, Sylvanian gunboats shelled the harbour of Port Marl, damaging the Freedonian customs house."))
            .WithRawArticle("corrected", Wire("Port Marl shelled (corrected)", "2031-06-05", "Coast Wire", "Sylvanian gunboats shelled the harbour of Port Marl on June 3, 2031, damaging the Freedonian customs house, an earlier report gave the wrong day."));
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031-06", Ct);

        var line = Attack(reply);
        Assert.Matches(@"^3 June 2031 \[\d\] \(revised from 2 June 2031 \[\d\] by the same publisher\) — ", line.PlainText);
        Assert.DoesNotContain(ClaimSpans.SourcesDiffer, line.PlainText, StringComparison.Ordinal);
        var first = line.Spans.OfType<CitationSpan>().First().Number;
        Assert.Equal("Port Marl shelled (corrected)", reply.Sources.Single(s => s.Number == first).ArticleTitle);
    }

    [Fact]
    public async Task A_month_and_a_day_inside_it_agree()
    {
        using var shelf = new TestShelf().WithGazetteer(Gazetteer)
            .WithArticle("north", "Port Marl shelled", "2031-07-01", "In June 2031, Sylvanian gunboats shelled the harbour of Port Marl, damaging the Freedonian customs house.")
            .WithArticle("south", "Gunboats hit Port Marl", "2031-06-07", "Sylvanian gunboats shelled the harbour of Port Marl on June 3, 2031, damaging the customs house of Freedonia.");
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031-06", Ct);

        var line = Attack(reply);
        Assert.Equal(["2031-06-03"], line.Spans.OfType<DateSpan>().Select(d => d.Value));
        Assert.DoesNotContain(ClaimSpans.SourcesDiffer, line.PlainText, StringComparison.Ordinal);
        Assert.Contains("2 sources", line.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Different_posts_for_the_same_time_are_both_on_the_card_with_their_sources()
    {
        using var shelf = new TestShelf().WithGazetteer(Gazetteer)
            .WithArticle("north", "Sylvania denies", "2031-06-10", "Sylvanian Foreign Minister Chicolini Ravelli denied that Sylvania had fired first.")
            .WithArticle("south", "Sylvania blames crews", "2031-06-11", "Sylvanian Defence Minister Chicolini Ravelli said the gunboats had acted alone.");
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Ravelli", Ct);

        var line = Assert.Single(reply.Sections.Single(s => s.Heading == "Sources disagree").Lines);
        Assert.Matches(@"^Foreign Minister \(Sylvania\) \[\d\] · Defence Minister \(Sylvania\) \[\d\] — sources differ, as of 10 June 2031$", line.PlainText);
        Assert.Equal(2, line.Spans.OfType<CitationSpan>().Distinct().Count());
    }

    [Fact]
    public async Task A_post_and_a_longer_title_of_it_agree()
    {
        using var shelf = new TestShelf().WithGazetteer(Gazetteer)
            .WithArticle("north", "Sylvania denies", "2031-06-10", "Sylvanian Minister Chicolini Ravelli denied that Sylvania had fired first.")
            .WithArticle("south", "Sylvania blames crews", "2031-06-11", "Sylvanian Foreign Minister Chicolini Ravelli said the gunboats had acted alone.");
        await shelf.BuildAsync(Ct);

        var actor = shelf.Store.Read(r => r.GetActor("chicolini-ravelli"));

        Assert.NotNull(actor);
        Assert.Empty(actor.RoleDisagreements);
    }
}
