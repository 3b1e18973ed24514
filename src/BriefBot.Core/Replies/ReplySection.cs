namespace BriefBot.Core.Replies;

/// <summary>A titled group of lines. <see cref="MoreCount"/> counts lines left out by the command (not by a renderer).</summary>
public sealed record ReplySection
{
    public required string Heading { get; init; }

    public IReadOnlyList<ReplyLine> Lines { get; init; } = [];

    public int MoreCount { get; init; }
}
