namespace BriefBot.Core.Replies;

/// <summary>
/// The neutral answer every command returns and every platform renders. Structure only, never markup.
/// </summary>
public sealed record Reply
{
    public required ReplyKind Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>One or two sentences under the title (the actor's kind and main role, a period's span...).</summary>
    public string? Summary { get; init; }

    public IReadOnlyList<ReplySection> Sections { get; init; } = [];

    public IReadOnlyList<ReplySource> Sources { get; init; } = [];

    public IReadOnlyList<ReplyChoice> Choices { get; init; } = [];

    public ReplyPaging? Paging { get; init; }

    /// <summary>A file that goes with the answer; the text still says what it holds.</summary>
    public ReplyAttachment? Attachment { get; init; }

    /// <summary>Shown only to the person who asked. Errors and "not found" are ephemeral; answers are not.</summary>
    public bool IsEphemeral { get; init; }

    public static Reply Invalid(string title, string message, params string[] examples) => new()
    {
        Kind = ReplyKind.Invalid,
        Title = title,
        Summary = message,
        Sections = examples.Length == 0 ? [] : [new ReplySection { Heading = "Try", Lines = [.. examples.Select(e => new ReplyLine(new TextSpan(e)))] }],
        IsEphemeral = true,
    };

    public static Reply Error(string message) => new()
    {
        Kind = ReplyKind.Error,
        Title = "Something went wrong",
        Summary = message,
        IsEphemeral = true,
    };
}
