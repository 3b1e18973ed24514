namespace BriefBot.Core.Replies;

/// <summary>Where this page sits; the commands re-run the query for the neighbouring pages (no server memory).</summary>
public sealed record ReplyPaging(int Page, int PageCount, string? PreviousCommand, string? NextCommand);
