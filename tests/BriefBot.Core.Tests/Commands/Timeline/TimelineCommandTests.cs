using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.TestKit.Knowledge;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Timeline;

public sealed class TimelineCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<string> EventDates(Reply reply, string heading = "Events") =>
        [.. reply.Sections.Single(s => s.Heading == heading).Lines.Select(l => l.Spans.OfType<DateSpan>().First().Value)];

    [Fact]
    public async Task A_month_lists_its_events_oldest_first_and_nothing_else()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031-06", Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        var dates = EventDates(reply);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(dates, d => Assert.StartsWith("2031-06", d, StringComparison.Ordinal));
        Assert.Contains("2031-06-02", dates);
        Assert.Contains("2031-06-05", dates);
    }

    [Fact]
    public async Task Each_event_line_carries_its_sources_and_inferred_dates_say_so()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031-06", Ct);

        var lines = reply.Sections.Single(s => s.Heading == "Events").Lines;
        Assert.All(lines, l => Assert.Contains(l.Spans, s => s is CitationSpan));
        var attack = lines.Single(l => l.Spans.OfType<DateSpan>().First().Value == "2031-06-02");
        Assert.Contains("2 sources", attack.PlainText, StringComparison.Ordinal);
        var condemned = lines.Single(l => l.Spans.OfType<DateSpan>().First().Value == "2031-06-03");
        Assert.True(condemned.Spans.OfType<DateSpan>().First().IsInferred);
    }

    [Fact]
    public async Task Less_precise_dates_go_in_their_own_list()
    {
        using var shelf = new TestShelf().WithGazetteer(Shelves.Gazetteer).WithArticle("a", "A", "2031-12-01", "Sylvania rearmed in 2031. Freedonian officials met Sylvanian officials in Fredville on March 3, 2031.");
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031-03", Ct);

        Assert.Equal(["2031-03-03"], EventDates(reply));
        Assert.Equal(["2031"], EventDates(reply, "Also in this period (less precise dates)"));
    }

    [Fact]
    public async Task Decades_and_centuries_wholly_inside_a_range_are_in_the_main_list_with_their_precision()
    {
        using var shelf = new TestShelf().WithGazetteer(Shelves.Gazetteer).WithArticle("a", "A", "2031-12-01",
            "Sylvania rearmed in the 1990s. Freedonia was founded in the 19th century. Freedonian officials met Sylvanian officials in Fredville on March 3, 2031.");
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 1800..2100", Ct);
        var events = EventDates(reply);

        Assert.Equal(3, events.Count);
        Assert.DoesNotContain(reply.Sections, s => s.Heading.Contains("less precise", StringComparison.Ordinal));
        Assert.Contains(reply.Sections.Single(s => s.Heading == "Events").Lines, l => l.Spans.OfType<DateSpan>().First().Date.Precision == BriefBot.Core.Knowledge.Model.DatePrecision.Decade);
    }

    [Fact]
    public async Task An_actor_filter_keeps_only_that_actors_events()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031 LCS", Ct);

        Assert.Equal(["2031-06-05"], EventDates(reply));
        Assert.Contains("League of Coastal States", reply.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_period_says_so_and_points_to_periods_with_events()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 1850s", Ct);

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.Contains("No events", reply.Summary, StringComparison.Ordinal);
        Assert.NotEmpty(reply.Choices);
    }

    [Fact]
    public async Task A_period_with_only_less_precise_dates_says_it_has_no_dated_events_and_points_to_ones_that_do()
    {
        using var shelf = new TestShelf().WithGazetteer(Shelves.Gazetteer).WithArticle("a", "A", "2031-12-01", "Sylvania rearmed in 2031. Freedonian officials met Sylvanian officials in Fredville on March 3, 2031.");
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031-06", Ct);

        Assert.StartsWith("No dated events on the shelf for June 2031", reply.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("0 dated events", reply.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("0 articles", reply.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Sections, s => s.Heading == "Events");
        Assert.Equal(["2031"], EventDates(reply, "Also in this period (less precise dates)"));
        var march = Assert.Single(reply.Choices, c => c.Command == "/timeline 2031-03");
        Assert.Contains("(1 event)", march.Label, StringComparison.Ordinal);
        Assert.Contains(reply.Choices, c => c.Command == "/timeline 2031" && c.Label == "2031 (2 events)");
        Assert.DoesNotContain(reply.Choices, c => c.Command == "/timeline 2031-06");
    }

    [Fact]
    public async Task A_period_with_dated_events_offers_no_other_periods()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline 2031-06", Ct);

        Assert.Empty(reply.Choices);
        Assert.Contains("dated events, oldest first", reply.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/timeline 2026-13")]
    [InlineData("/timeline yesterday-ish")]
    public async Task A_bad_period_gets_the_accepted_forms(string command)
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync(command, Ct);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.True(reply.IsEphemeral);
        Assert.Contains(reply.Sections.SelectMany(s => s.Lines), l => l.PlainText.Contains("1990s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_timeline_suggests_the_shelfs_busiest_periods_and_each_suggestion_lists_events()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline", Ct);
        var tries = reply.Sections.Single(s => s.Heading == "Try").Lines.Select(l => l.PlainText).ToList();

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Contains(tries, t => t.Split(' ').Length > 2);
        foreach (var example in tries)
        {
            var answer = await shelf.AskAsync(example, Ct);
            Assert.True(answer.Kind == ReplyKind.Answer && EventDates(answer).Count > 0, example + " lists no dated events");
        }
    }

    [Fact]
    public async Task An_unreadable_period_lists_the_forms_and_an_example_with_an_actor_from_the_shelf()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);
        var withActor = BriefBot.Core.Commands.ShelfExamples.TimelineWithActor(shelf.Store);

        var reply = await shelf.AskAsync("/timeline yesterday-ish", Ct);
        var tries = reply.Sections.Single(s => s.Heading == "Try").Lines.Select(l => l.PlainText).ToList();

        Assert.NotNull(withActor);
        Assert.Contains("/timeline " + withActor, tries);
        Assert.True(EventDates(await shelf.AskAsync("/timeline " + withActor, Ct)).Count > 0);
    }

    [Fact]
    public async Task Ten_kilobytes_of_period_text_get_the_timelines_examples()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/timeline " + new string('9', 10_240), Ct);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Equal(shelf.Dispatcher().ExamplesOf("timeline"), reply.Sections.Single(s => s.Heading == "Try").Lines.Select(l => l.PlainText));
        Assert.NotEmpty(shelf.Dispatcher().ExamplesOf("timeline"));
    }

    [Fact]
    public async Task A_long_timeline_pages_with_commands_for_the_neighbouring_pages()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 25).Select(d => $"Sylvanian forces shelled Port Marl on May {d}, 2031."));
        using var shelf = new TestShelf().WithGazetteer(Shelves.Gazetteer).WithArticle("siege", "Siege", "2031-06-01", body);
        await shelf.BuildAsync(Ct);

        var first = await shelf.AskAsync("/timeline 2031-05", Ct);
        var second = await shelf.AskAsync(first.Paging!.NextCommand!, Ct);

        Assert.Equal((1, 3), (first.Paging.Page, first.Paging.PageCount));
        Assert.Equal(10, EventDates(first).Count);
        Assert.Equal("2031-05-11", EventDates(second)[0]);
        Assert.NotNull(second.Paging!.PreviousCommand);
    }

    [Theory]
    [InlineData("/timeline 2031 page:abc")]
    [InlineData("/timeline 2031 Sylvania page:0")]
    [InlineData("/timeline 2031 page:")]
    public async Task A_page_that_is_not_a_number_is_said_so_not_taken_as_an_actor(string command)
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync(command, Ct);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Equal("Which page?", reply.Title);
        Assert.Contains("page:2", string.Join("\n", reply.Sections.SelectMany(s => s.Lines).Select(l => l.PlainText).Append(reply.Summary)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Period_suggestions_count_the_events_they_hold()
    {
        using var shelf = Shelves.Harbour();
        await shelf.BuildAsync(Ct);

        var suggestions = await shelf.Dispatcher().SuggestAsync("timeline", "period", "2031", Ct);

        Assert.Contains(suggestions, s => s.Value == "2031-06" && s.Label.Contains("events", StringComparison.Ordinal));
        Assert.All(suggestions, s => Assert.InRange(s.Label.Length, 1, ChoiceText.MaxLength));
    }
}
