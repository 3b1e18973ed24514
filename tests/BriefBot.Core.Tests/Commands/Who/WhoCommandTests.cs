using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Who;

public sealed class WhoCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_empty_name_suggests_the_shelfs_most_mentioned_actors()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        var top = shelf.Store.Read(r => r.Index.Entries.OrderByDescending(e => e.MentionCount).ThenBy(e => e.Name, StringComparer.Ordinal).Take(3).Select(e => "/who " + e.Name).ToList());

        var reply = await shelf.AskAsync("/who", Ct);
        var unknown = await shelf.AskAsync("/nosuchcommand", Ct);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Equal(3, top.Count);
        Assert.Equal(top, reply.Sections.Single(s => s.Heading == "Try").Lines.Select(l => l.PlainText));
        Assert.Contains(unknown.Sections.Single(s => s.Heading == "Try").Lines, l => l.PlainText == top[0]);
    }

    [Theory]
    [InlineData("/who Rufus Firefly")]
    [InlineData("/who rufus firefly")]
    [InlineData("/who Rufus T. Firefly")]
    [InlineData("/who Rufus Fierfly")]
    [InlineData("/who id:rufus-firefly")]
    public async Task An_actor_is_found_by_name_alias_case_typo_or_id(string command)
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync(command, Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("Rufus Firefly", reply.Title);
        Assert.False(reply.IsEphemeral);
    }

    [Fact]
    public async Task An_acronym_finds_its_organisation()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who LCS", Ct);

        Assert.Equal("League of Coastal States", reply.Title);
    }

    [Fact]
    public async Task The_card_cites_every_fact_to_its_article_and_paragraph()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Sylvania", Ct);

        var facts = Assert.Single(reply.Sections, s => s.Heading == "Key facts");
        Assert.All(facts.Lines, line => Assert.Contains(line.Spans, s => s is CitationSpan));
        var cited = facts.Lines.SelectMany(l => l.Spans.OfType<CitationSpan>()).Select(c => c.Number).ToHashSet();
        Assert.All(cited, n => Assert.Contains(reply.Sources, s => s.Number == n && s.Paragraph > 0));
        Assert.Equal(["Crisis at Port Marl", "Shelling of Port Marl strains ties"], reply.Sources.Select(s => s.ArticleTitle).Distinct().Order());
        Assert.Contains(reply.Sections, s => s.Heading == "Events");
        Assert.Contains(reply.Sections, s => s.Heading == "Related");
    }

    [Fact]
    public async Task A_shared_surname_answers_with_a_picker_not_a_guess()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Firefly", Ct);

        Assert.Equal(ReplyKind.Choice, reply.Kind);
        Assert.Equal(["/who id:rufus-firefly", "/who id:teasdale-firefly"], reply.Choices.Select(c => c.Command).Order());
        Assert.All(reply.Choices, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
    }

    [Fact]
    public async Task An_unknown_name_is_not_found_politely_with_the_closest_names()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var unknown = await shelf.AskAsync("/who Sylvanix Republik", Ct);
        var nothingClose = await shelf.AskAsync("/who Zzyzx Qwerty", Ct);

        Assert.Equal(ReplyKind.NotFound, unknown.Kind);
        Assert.True(unknown.IsEphemeral);
        Assert.Contains(unknown.Choices, c => c.Label == "Sylvania");
        Assert.Equal(ReplyKind.NotFound, nothingClose.Kind);
    }

    [Theory]
    [InlineData("/who")]
    [InlineData("/who    ")]
    public async Task An_empty_name_gets_usage_help(string command)
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync(command, Ct);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.True(reply.IsEphemeral);
    }

    [Theory]
    [InlineData("/who @everyone")]
    [InlineData("/who <script>alert(1)</script>")]
    [InlineData("/who **bold** _it_ `code`")]
    [InlineData("/who {\"json\": true}")]
    public async Task Hostile_input_is_answered_calmly(string command)
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync(command, Ct);

        Assert.Contains(reply.Kind, new[] { ReplyKind.NotFound, ReplyKind.Invalid });
        Assert.DoesNotContain("Exception", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_kilobytes_of_text_are_refused_before_any_lookup()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who " + new string('x', 10_240), Ct);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.True(reply.IsEphemeral);
    }

    [Fact]
    public async Task Name_suggestions_match_prefixes_and_stay_within_limits()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var suggestions = await shelf.Dispatcher().SuggestAsync("who", "name", "syl", Ct);

        Assert.Contains(suggestions, s => s.Value == "Sylvania");
        Assert.InRange(suggestions.Count, 1, 25);
        Assert.All(suggestions, s => Assert.InRange(s.Label.Length, 1, ChoiceText.MaxLength));
    }

    [Fact]
    public async Task The_cards_events_run_oldest_first_whatever_order_the_articles_came_in()
    {
        using var shelf = new TestShelf().WithGazetteer(Shelves.Gazetteer)
            .WithArticle("late", "Late news", "2033-01-10", "Sylvania shelled Port Marl on June 2, 2032.")
            .WithArticle("early", "Early news", "2033-01-11", "Sylvania signed a truce with Freedonia on March 3, 2029.")
            .WithArticle("middle", "Middle news", "2033-01-12", "Sylvania rearmed its fleet on October 9, 2030.");
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Sylvania", Ct);

        var dates = reply.Sections.Single(s => s.Heading == "Events").Lines.Select(l => l.Spans.OfType<DateSpan>().First().Value).ToList();
        Assert.Equal(3, dates.Count);
        Assert.Equal(["2029-03-03", "2030-10-09", "2032-06-02"], dates);
    }

    [Fact]
    public async Task An_author_is_said_to_have_written_articles_not_to_be_mentioned_in_none()
    {
        using var shelf = Shelves.Harbour().WithArticle("harbour-three", "Port Marl reopens", "2031-06-20", "Port Marl reopened on June 19, 2031.", "Margaret Dumont");
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Margaret Dumont", Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains("author of 2 articles", reply.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("mentioned in 0", reply.Summary, StringComparison.Ordinal);
        Assert.Equal(2, reply.Sections.Single(s => s.Heading == "Wrote").Lines.Count);
    }

    [Fact]
    public async Task A_mentioned_actor_who_wrote_nothing_is_still_counted_by_mentions()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/who Sylvania", Ct);

        Assert.EndsWith("mentioned in 2 articles", reply.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("author of", reply.Summary, StringComparison.Ordinal);
    }
}
