using System.Text.Json;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Replies;
using BriefBot.Discord.Rendering;
using BriefBot.TestKit.Discord;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace BriefBot.Discord.Tests.Rendering;

public sealed class DiscordReplyRendererTests
{
    private static readonly DiscordReplyRenderer Renderer = new(NullLogger<DiscordReplyRenderer>.Instance);

    private static JsonElement Render(Reply reply) =>
        JsonSerializer.SerializeToElement(Renderer.Render(reply), DiscordJson.Options);

    private static ReplyLine Line(string text) => new(new TextSpan(text));

    private static Reply Long() => new()
    {
        Kind = ReplyKind.Answer,
        Title = new string('T', 400),
        Summary = new string('s', 5000),
        Sections = [.. Enumerable.Range(1, 40).Select(i => new ReplySection
        {
            Heading = $"Section {i}",
            Lines = [.. Enumerable.Range(1, 60).Select(j => Line($"Event {j} of section {i}: something long enough to matter in a field."))],
            MoreCount = 3,
        })],
        Sources = [.. Enumerable.Range(1, 200).Select(i => new ReplySource { Number = i, ArticleTitle = $"Article {i} with a fairly long title", Url = new Uri($"https://example.org/a/{i}"), Paragraph = i })],
        Paging = new ReplyPaging(2, 9, "/timeline 2026 page:1", "/timeline 2026 page:3"),
    };

    [Fact]
    public void A_very_long_reply_stays_within_every_Discord_limit()
    {
        var json = Render(Long());

        Assert.Empty(DiscordRules.Message(json));
        Assert.True(json.GetProperty("embeds").EnumerateArray().Sum(CountedLength) <= 6000);
    }

    [Fact]
    public void A_section_cut_short_says_how_many_lines_were_left_out()
    {
        var reply = Long() with { Sections = [new ReplySection { Heading = "Events", Lines = [.. Enumerable.Range(1, 100).Select(j => Line($"Event number {j} happened."))], MoreCount = 5 }] };

        var value = Render(reply).GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("value").GetString()!;

        var shown = value.Split('\n').Count(l => l.StartsWith('•'));
        Assert.EndsWith($"…and {100 - shown + 5} more", value, StringComparison.Ordinal);
        Assert.True(value.Length <= 1024);
    }

    [Fact]
    public void Sections_beyond_the_budget_are_counted_in_the_footer()
    {
        var footer = Render(Long()).GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString()!;

        Assert.Matches(@"^Page 2 of 9 · …and \d+ more sections · 200 sources$", footer);
    }

    [Fact]
    public void Sources_are_numbered_links_with_publisher_and_paragraph()
    {
        var reply = Replies.Answer() with { Sources = [new ReplySource { Number = 1, ArticleTitle = "Harbour [news]", Url = new Uri("https://example.org/a(1)"), Paragraph = 3, Publisher = "Daily @everyone" }] };

        var sources = Render(reply).GetProperty("embeds")[1];

        Assert.Equal("Sources", sources.GetProperty("title").GetString());
        Assert.Equal("[1] [Harbour \\[news\\]](https://example.org/a%281%29) — Daily @\u200Beveryone, ¶3", sources.GetProperty("description").GetString());
    }

    [Fact]
    public void A_source_with_a_non_web_url_is_not_linked()
    {
        var reply = Replies.Answer() with { Sources = [new ReplySource { Number = 1, ArticleTitle = "Local file", Url = new Uri("file:///etc/passwd") }] };

        Assert.Equal("[1] Local file", Render(reply).GetProperty("embeds")[1].GetProperty("description").GetString());
    }

    [Fact]
    public void Spans_render_as_Discord_markdown_with_the_text_escaped()
    {
        var reply = Replies.Answer() with
        {
            Sections = [new ReplySection
            {
                Heading = "Roles",
                Lines = [new ReplyLine(new StrongSpan("Admiral*"), new TextSpan(" since "), new DateSpan(PartialDate.Month(2026, 3), IsInferred: true), new TextSpan(" "), new CitationSpan(2))],
            }],
        };

        var value = Render(reply).GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("value").GetString();

        Assert.Equal("• **Admiral\\*** since March 2026 \\(inferred\\) [2]", value);
    }

    [Fact]
    public void Every_message_disables_all_mentions()
    {
        var json = Render(Replies.Answer());

        Assert.Equal("""{"parse":[]}""", json.GetProperty("allowed_mentions").GetRawText());
    }

    [Theory]
    [InlineData(ReplyKind.Answer, false)]
    [InlineData(ReplyKind.NotFound, true)]
    [InlineData(ReplyKind.Error, true)]
    public void Ephemeral_replies_carry_the_ephemeral_flag(ReplyKind kind, bool isEphemeral)
    {
        var json = Render(Replies.Answer() with { Kind = kind, IsEphemeral = isEphemeral });

        Assert.Equal(isEphemeral, json.TryGetProperty("flags", out var flags) && flags.GetInt32() == 64);
    }

    [Fact]
    public void Choices_become_a_select_menu_whose_values_are_the_commands()
    {
        var json = Render(Replies.Choice(("Ilham Aliyev", "/who id:ilham-aliyev"), ("Heydar Aliyev", "/who id:heydar-aliyev")));

        var menu = json.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal(3, menu.GetProperty("type").GetInt32());
        Assert.Equal("pick", menu.GetProperty("custom_id").GetString());
        Assert.Equal(["/who id:ilham-aliyev", "/who id:heydar-aliyev"], menu.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()));
    }

    [Fact]
    public void More_than_25_choices_show_25_and_say_how_many_are_missing()
    {
        var choices = Enumerable.Range(1, 30).Select(i => ($"Candidate {i}", $"/who id:c{i}")).ToArray();

        var menu = Render(Replies.Choice(choices)).GetProperty("components")[0].GetProperty("components")[0];

        Assert.Equal(25, menu.GetProperty("options").GetArrayLength());
        Assert.Contains("5 more", menu.GetProperty("placeholder").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_choice_whose_command_is_too_long_for_a_custom_id_is_listed_as_text_instead()
    {
        var tooLong = "/who id:" + new string('x', 120);

        var json = Render(Replies.Choice(("Short", "/who id:short"), ("Long one", tooLong)));

        Assert.Empty(DiscordRules.Message(json));
        var menu = json.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal(["/who id:short"], menu.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()));
        var field = json.GetProperty("embeds")[0].GetProperty("fields")[0];
        Assert.Contains("Long one", field.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Paging_becomes_previous_and_next_buttons_carrying_their_commands()
    {
        var reply = Replies.Answer() with { Paging = new ReplyPaging(1, 3, null, "/timeline 2026-03 page:2") };

        var buttons = Render(reply).GetProperty("components")[0].GetProperty("components");

        Assert.Equal(["inert:previous", "inert:page", "/timeline 2026-03 page:2"], buttons.EnumerateArray().Select(b => b.GetProperty("custom_id").GetString()));
        Assert.True(buttons[0].GetProperty("disabled").GetBoolean());
        Assert.False(buttons[2].TryGetProperty("disabled", out _));
    }

    [Fact]
    public void A_next_command_too_long_for_a_custom_id_gives_a_disabled_button()
    {
        var reply = Replies.Answer() with { Paging = new ReplyPaging(1, 3, null, "/timeline " + new string('y', 120)) };

        var json = Render(reply);

        Assert.Empty(DiscordRules.Message(json));
        var next = json.GetProperty("components")[0].GetProperty("components")[2];
        Assert.Equal(("inert:next", true), (next.GetProperty("custom_id").GetString(), next.GetProperty("disabled").GetBoolean()));
    }

    [Fact]
    public void Hostile_text_everywhere_renders_safely_and_within_limits()
    {
        var hostile = "@everyone @here <@123> <@&456> <script>x</script> **[x](https://evil)** " + new string('#', 10_000);
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Title = hostile,
            Summary = hostile,
            Sections = [new ReplySection { Heading = hostile, Lines = [Line(hostile), Line(hostile)] }],
            Sources = [new ReplySource { Number = 1, ArticleTitle = hostile, Publisher = hostile }],
            Choices = [new ReplyChoice(hostile, hostile, "/who id:x")],
        };

        var json = Render(reply);
        var shown = string.Join("\n", Strings(json.GetProperty("embeds")));

        Assert.Empty(DiscordRules.Message(json));
        Assert.DoesNotContain("@everyone", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", shown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<@[!&]?\d", shown);
        Assert.DoesNotMatch(@"(?<!\\)\]\(https://evil", shown);
        Assert.DoesNotMatch(@"(?<!\\)<script", shown);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static int CountedLength(JsonElement embed)
    {
        static int Len(JsonElement e, string p) => e.TryGetProperty(p, out var v) ? v.GetString()!.Trim().Length : 0;
        var fields = embed.TryGetProperty("fields", out var f) ? f.EnumerateArray().Sum(x => Len(x, "name") + Len(x, "value")) : 0;
        var footer = embed.TryGetProperty("footer", out var ft) ? Len(ft, "text") : 0;
        return Len(embed, "title") + Len(embed, "description") + fields + footer;
    }

    [Fact]
    public void A_quotation_line_is_a_block_quote_with_its_text_escaped()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Title = "What did Sylvania say?",
            Sections = [new ReplySection { Heading = "1. Harbour news", Lines = [new ReplyLine(new QuoteSpan("Sylvania *denied* it, @everyone said."), new TextSpan(" "), new CitationSpan(1)), Line("¶2")] }],
        };

        var value = Render(reply).GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("value").GetString()!;

        Assert.StartsWith("> Sylvania \\*denied\\* it", value, StringComparison.Ordinal);
        Assert.EndsWith("[1]\n• ¶2", value, StringComparison.Ordinal);
    }
}
