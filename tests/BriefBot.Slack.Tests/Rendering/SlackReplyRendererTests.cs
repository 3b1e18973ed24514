using System.Text.Json;
using BriefBot.Core.Replies;
using BriefBot.Slack.Rendering;
using BriefBot.TestKit.Slack;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace BriefBot.Slack.Tests.Rendering;

public sealed class SlackReplyRendererTests
{
    private static readonly SlackReplyRenderer Renderer = new(NullLogger<SlackReplyRenderer>.Instance);

    private static JsonElement Json(Reply reply) => JsonSerializer.SerializeToElement(Renderer.Render(reply), SlackJson.Options);

    private static IEnumerable<JsonElement> Blocks(JsonElement message, string type) =>
        message.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == type);

    [Fact]
    public void An_answer_has_a_header_mrkdwn_sections_sources_in_context_and_a_text_fallback()
    {
        var json = Json(Replies.Answer());

        Assert.Equal("in_channel", json.GetProperty("response_type").GetString());
        Assert.Equal("Quentin Hale: Admiral of the Sylvanian fleet.", json.GetProperty("text").GetString());
        Assert.Equal(["header", "section", "section", "divider", "context"], json.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("type").GetString()));
        Assert.Equal("*Roles*\n• Admiral [1]", json.GetProperty("blocks")[2].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("[1] <https://example.org/harbour|Harbour news>, ¶1", Blocks(json, "context").Single().GetProperty("elements")[0].GetProperty("text").GetString());
        Assert.Empty(SlackRules.Message(json));
    }

    [Theory]
    [InlineData(ReplyKind.NotFound, false)]
    [InlineData(ReplyKind.Invalid, false)]
    [InlineData(ReplyKind.Error, false)]
    [InlineData(ReplyKind.Answer, true)]
    public void Errors_not_found_and_invalid_input_are_ephemeral(ReplyKind kind, bool isEphemeral)
    {
        var json = Json(new Reply { Kind = kind, Title = "x", IsEphemeral = isEphemeral });

        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
    }

    [Fact]
    public void A_reply_far_beyond_every_limit_still_renders_within_all_of_them()
    {
        var json = Json(Replies.Huge());

        Assert.Empty(SlackRules.Message(json));
        Assert.True(json.GetProperty("blocks").GetArrayLength() <= SlackLimits.Blocks);
        Assert.True(SlackRules.TextLength(json.GetProperty("blocks")) <= SlackLimits.BlocksText + 1000);
        Assert.True(json.GetProperty("text").GetString()!.Length <= SlackLimits.FallbackText);
        Assert.Contains("more", SlackRules.AllText(json), StringComparison.Ordinal);
    }

    [Fact]
    public void One_very_long_section_continues_over_several_blocks_each_under_3000()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Title = "Long",
            Sections = [new ReplySection { Heading = "Events", Lines = [.. Enumerable.Range(1, 40).Select(i => new ReplyLine(new TextSpan(new string('e', 150) + i)))] }],
        };

        var sections = Blocks(Json(reply), "section").Select(b => b.GetProperty("text").GetProperty("text").GetString()!).ToList();

        Assert.True(sections.Count >= 3);
        Assert.All(sections, s => Assert.InRange(s.Length, 1, SlackLimits.SectionText));
        Assert.StartsWith("*Events*", sections[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_left_out_by_the_command_are_counted()
    {
        var reply = new Reply { Kind = ReplyKind.Answer, Title = "t", Sections = [new ReplySection { Heading = "Events", Lines = [new ReplyLine(new TextSpan("one"))], MoreCount = 7 }] };

        Assert.Equal("*Events*\n• one\n_…and 7 more_", Blocks(Json(reply), "section").Single().GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public void Choices_are_sections_with_a_button_carrying_the_command()
    {
        var json = Json(Replies.Choice(("Ilham Aliyev", "/who id:ilham-aliyev"), ("Heydar Aliyev", "/who id:heydar-aliyev")));

        var buttons = Blocks(json, "section").Where(b => b.TryGetProperty("accessory", out _)).Select(b => b.GetProperty("accessory")).ToList();

        Assert.Equal(["/who id:ilham-aliyev", "/who id:heydar-aliyev"], buttons.Select(b => b.GetProperty("value").GetString()));
        Assert.All(buttons, b => Assert.StartsWith(ActionIds.Choice, b.GetProperty("action_id").GetString(), StringComparison.Ordinal));
        Assert.Empty(SlackRules.Message(json));
    }

    [Fact]
    public void A_command_too_long_for_a_button_value_is_shown_to_type_instead()
    {
        var command = "/who " + new string('x', 2100);

        var json = Json(Replies.Choice(("Long one", command)));

        Assert.DoesNotContain(Blocks(json, "section"), b => b.TryGetProperty("accessory", out _));
        Assert.Contains("Type: /who xxx", SlackRules.AllText(json), StringComparison.Ordinal);
        Assert.Empty(SlackRules.Message(json));
    }

    [Fact]
    public void Paging_shows_where_and_offers_the_neighbouring_pages()
    {
        var reply = Replies.Answer() with { Paging = new ReplyPaging(1, 3, null, "/timeline 2026-03 page:2") };

        var json = Json(reply);
        var actions = Blocks(json, "actions").Single();

        Assert.Contains(Blocks(json, "context"), c => c.GetProperty("elements")[0].GetProperty("text").GetString() == "Page 1 of 3");
        var next = Assert.Single(actions.GetProperty("elements").EnumerateArray());
        Assert.Equal((ActionIds.Next, "/timeline 2026-03 page:2", "primary"), (next.GetProperty("action_id").GetString(), next.GetProperty("value").GetString(), next.GetProperty("style").GetString()));
    }

    [Fact]
    public void Many_sources_fill_context_blocks_of_ten_and_count_the_rest()
    {
        var reply = Replies.Answer() with { Sources = [.. Enumerable.Range(1, 35).Select(n => new ReplySource { Number = n, ArticleTitle = $"Article {n}" })] };

        var contexts = Blocks(Json(reply), "context").ToList();

        Assert.All(contexts, c => Assert.InRange(c.GetProperty("elements").GetArrayLength(), 1, SlackLimits.ContextElements));
        Assert.Equal("_…and 16 more sources_", contexts[^1].GetProperty("elements").EnumerateArray().Last().GetProperty("text").GetString());
    }

    [Fact]
    public void Hostile_text_everywhere_cannot_form_a_mention_or_a_link()
    {
        const string hostile = "<!everyone> <!channel> <@U0ADMIN> <https://evil.example|click> @here <script>";
        var reply = new Reply
        {
            Kind = ReplyKind.Choice,
            Title = hostile,
            Summary = hostile,
            Sections = [new ReplySection { Heading = hostile, Lines = [new ReplyLine(new TextSpan(hostile), new StrongSpan(hostile), new LinkSpan(hostile, new Uri("https://example.org/a|b>c")))] }],
            Sources = [new ReplySource { Number = 1, ArticleTitle = hostile, Publisher = hostile, Url = new Uri("javascript:alert(1)") }],
            Choices = [new ReplyChoice(hostile, hostile, "/who x")],
        };

        var json = Json(reply);
        var shown = SlackRules.AllText(json);

        Assert.DoesNotContain("<!", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", shown, StringComparison.Ordinal);
        Assert.Contains("<https://example.org/a%7Cb%3Ec|", shown, StringComparison.Ordinal);
        Assert.Empty(SlackRules.Message(json));
    }

    [Fact]
    public void An_empty_title_still_gives_a_header_and_a_fallback()
    {
        var json = Json(new Reply { Kind = ReplyKind.Answer, Title = "  " });

        Assert.Equal("BriefBot", json.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Empty(SlackRules.Message(json));
    }

    [Fact]
    public void A_quotation_line_is_a_block_quote_whose_own_angle_brackets_are_escaped()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Title = "What did Sylvania say?",
            Sections = [new ReplySection { Heading = "1. Harbour news", Lines = [new ReplyLine(new QuoteSpan("Sylvania said <!everyone> > all."), new TextSpan(" "), new CitationSpan(1))] }],
        };

        var text = Blocks(Json(reply), "section").Last().GetProperty("text").GetProperty("text").GetString()!;

        Assert.Equal("*1. Harbour news*\n> Sylvania said &lt;!everyone&gt; &gt; all. [1]", text);
    }
}
