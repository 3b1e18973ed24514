using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Ask;
using BriefBot.Core.Replies;
using BriefBot.TestKit.Knowledge;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BriefBot.Core.Tests.Commands.Ask;

public sealed class AskCommandTests
{
    private const string Gazetteer = """
        - name: Azuria
          kind: state
          demonyms: [Azurian]
          metonyms: [Port Azur]
        - name: Delmar Voss
          kind: person
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TestShelf Valley() => new TestShelf()
        .WithGazetteer(Gazetteer)
        .WithArticle("flood", "Floods in the valley", "2026-03-10", """
            Port Azur sent medical aid to the flooded valley on March 8, 2026, after the river burst its banks.

            Farmers in the valley said the harvest was lost. Delmar Voss promised compensation for every farm.
            """)
        .WithArticle("treaty", "A fishing treaty", "2025-06-01", """
            Azuria signed a fishing treaty with its northern neighbour in May 2025.

            The treaty limits trawling near the reefs.
            """);

    private static async Task<Reply> AskAsync(TestShelf shelf, string question, DateOnly today)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var command = new AskCommand(shelf.Store, time);
        return await command.HandleAsync(new CommandRequest { Command = "ask", Text = question }, Ct);
    }

    private static List<string> Quotes(Reply reply) =>
        [.. reply.Sections.SelectMany(s => s.Lines).SelectMany(l => l.Spans).OfType<QuoteSpan>().Select(q => q.Text)];

    [Fact]
    public async Task The_answer_quotes_the_sentence_verbatim_with_its_article_paragraph_and_date()
    {
        using var shelf = Valley();
        await shelf.BuildAsync(Ct);

        var reply = await AskAsync(shelf, "Who promised compensation to the farms?", new DateOnly(2026, 4, 1));

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("Delmar Voss promised compensation for every farm.", Quotes(reply)[0]);
        var section = reply.Sections[0];
        Assert.Equal("1. Floods in the valley", section.Heading);
        Assert.StartsWith("¶2 · 10 March 2026", section.Lines[1].PlainText, StringComparison.Ordinal);
        Assert.Contains("Delmar Voss", section.Lines[1].PlainText, StringComparison.Ordinal);
        Assert.Equal(2, reply.Sources[0].Paragraph);
        Assert.Equal("Floods in the valley", reply.Sources[0].ArticleTitle);
    }

    [Fact]
    public async Task A_name_finds_sentences_that_call_the_actor_by_another_alias()
    {
        using var shelf = Valley();
        await shelf.BuildAsync(Ct);

        var reply = await AskAsync(shelf, "Why did Azuria send aid?", new DateOnly(2026, 4, 1));

        Assert.StartsWith("Port Azur sent medical aid", Quotes(reply)[0], StringComparison.Ordinal);
        Assert.Contains("Azuria", reply.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_in_the_question_keeps_only_sentences_dated_in_it()
    {
        using var shelf = Valley();
        await shelf.BuildAsync(Ct);

        var inMay = await AskAsync(shelf, "What treaty did Azuria sign in May 2025?", new DateOnly(2026, 4, 1));
        var inMarch = await AskAsync(shelf, "What treaty did Azuria sign in March?", new DateOnly(2026, 4, 1));

        Assert.StartsWith("Azuria signed a fishing treaty", Quotes(inMay)[0], StringComparison.Ordinal);
        Assert.Equal(ReplyKind.NotFound, inMarch.Kind);
    }

    [Fact]
    public async Task Last_year_is_read_against_today()
    {
        using var shelf = Valley();
        await shelf.BuildAsync(Ct);

        var seenFrom2026 = await AskAsync(shelf, "What treaty did Azuria sign last year?", new DateOnly(2026, 4, 1));
        var seenFrom2028 = await AskAsync(shelf, "What treaty did Azuria sign last year?", new DateOnly(2028, 4, 1));

        Assert.StartsWith("Azuria signed a fishing treaty", Quotes(seenFrom2026)[0], StringComparison.Ordinal);
        Assert.Equal(ReplyKind.NotFound, seenFrom2028.Kind);
    }

    [Fact]
    public async Task Words_are_stemmed_so_plurals_and_tenses_meet()
    {
        using var shelf = Valley();
        await shelf.BuildAsync(Ct);

        var reply = await AskAsync(shelf, "which farmer lost harvests?", new DateOnly(2026, 4, 1));

        Assert.Equal("Farmers in the valley said the harvest was lost.", Quotes(reply)[0]);
    }

    [Fact]
    public async Task A_question_the_shelf_cannot_answer_says_it_found_nothing()
    {
        using var shelf = Valley();
        await shelf.BuildAsync(Ct);

        var reply = await AskAsync(shelf, "What is the price of quantum cheese?", new DateOnly(2026, 4, 1));

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.StartsWith("I found nothing on the shelf about that", reply.Summary, StringComparison.Ordinal);
        Assert.True(reply.IsEphemeral);
    }

    [Fact]
    public async Task At_most_five_quotes_are_given()
    {
        using var shelf = new TestShelf().WithGazetteer(Gazetteer).WithArticle("grain", "Grain", "2026-01-05",
            string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"Azurian grain exports rose in region {i}.")));
        await shelf.BuildAsync(Ct);

        var reply = await AskAsync(shelf, "grain exports", new DateOnly(2026, 4, 1));

        Assert.Equal(AskCommand.MaxQuotes, Quotes(reply).Count);
    }

    [Fact]
    public async Task An_empty_question_is_answered_with_examples()
    {
        using var shelf = Valley();
        await shelf.BuildAsync(Ct);

        var reply = await AskAsync(shelf, "  ?  ", new DateOnly(2026, 4, 1));

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.NotEmpty(reply.Sections.Single().Lines);
    }

    [Fact]
    public async Task Every_quote_is_a_sentence_of_the_shelf_word_for_word()
    {
        using var shelf = Valley();
        await shelf.BuildAsync(Ct);
        var bodies = string.Join(" ", Directory.EnumerateFiles(Path.Combine(shelf.KnowledgeDirectory, "articles")).Select(File.ReadAllText));

        var reply = await AskAsync(shelf, "What did Azuria do about the treaty, the aid and the harvest?", new DateOnly(2026, 4, 1));

        Assert.NotEmpty(Quotes(reply));
        Assert.All(Quotes(reply), q => Assert.Contains(q, bodies, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Asked_through_the_dispatcher_the_command_is_named_ask()
    {
        using var shelf = Valley();
        await shelf.BuildAsync(Ct);

        var reply = await shelf.AskAsync("/ask Why did Azuria send aid?", Ct);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
    }
}
