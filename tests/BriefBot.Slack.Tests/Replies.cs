using BriefBot.Core.Replies;

namespace BriefBot.Slack.Tests;

/// <summary>Small replies the tests build on.</summary>
internal static class Replies
{
    public static Reply Answer(string title = "Quentin Hale") => new()
    {
        Kind = ReplyKind.Answer,
        Title = title,
        Summary = "Admiral of the Sylvanian fleet.",
        Sections = [new ReplySection { Heading = "Roles", Lines = [new ReplyLine(new TextSpan("Admiral "), new CitationSpan(1))] }],
        Sources = [new ReplySource { Number = 1, ArticleTitle = "Harbour news", Url = new Uri("https://example.org/harbour"), Paragraph = 1 }],
    };

    public static Reply Choice(params (string Label, string Command)[] choices) => new()
    {
        Kind = ReplyKind.Choice,
        Title = "Which Aliyev?",
        Summary = "“Aliyev” fits several actors.",
        Choices = [.. choices.Select(c => new ReplyChoice(c.Label, "person", c.Command))],
    };

    /// <summary>Far more than any Slack message can hold: many long sections, lines, choices and sources.</summary>
    public static Reply Huge(string text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit ") => new()
    {
        Kind = ReplyKind.Answer,
        Title = string.Concat(Enumerable.Repeat(text, 10)),
        Summary = string.Concat(Enumerable.Repeat(text, 200)),
        Sections = [.. Enumerable.Range(1, 80).Select(s => new ReplySection
        {
            Heading = $"Section {s} " + text,
            Lines = [.. Enumerable.Range(1, 60).Select(l => new ReplyLine(new TextSpan($"{l}. " + string.Concat(Enumerable.Repeat(text, 3))), new CitationSpan(l)))],
            MoreCount = 5,
        })],
        Sources = [.. Enumerable.Range(1, 60).Select(n => new ReplySource { Number = n, ArticleTitle = string.Concat(Enumerable.Repeat(text, 8)), Url = new Uri($"https://example.org/{n}"), Paragraph = n, Publisher = "Gazette" })],
        Choices = [.. Enumerable.Range(1, 40).Select(n => new ReplyChoice($"Choice {n} " + text, text, $"/who id:choice-{n}"))],
        Paging = new ReplyPaging(2, 9, "/timeline 2026 page:1", "/timeline 2026 page:3"),
    };
}
