using BriefBot.Core.Replies;

namespace BriefBot.Discord.Tests;

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
}
