namespace BriefBot.Core.Replies;

/// <summary>One line (a bullet, a fact, an event) made of spans.</summary>
public sealed record ReplyLine(IReadOnlyList<Span> Spans)
{
    public ReplyLine(params Span[] spans)
        : this((IReadOnlyList<Span>)spans)
    {
    }

    public string PlainText => string.Concat(Spans.Select(s => s.PlainText));
}
