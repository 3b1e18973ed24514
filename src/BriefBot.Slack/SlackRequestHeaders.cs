namespace BriefBot.Slack;

/// <summary>The headers of a request from Slack that BriefBot reads (shared/protocols/slack.md §2).</summary>
internal sealed record SlackRequestHeaders(string? Signature, string? Timestamp, string? RetryNum = null, string? RetryReason = null)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string RetryNumHeader = "X-Slack-Retry-Num";
    public const string RetryReasonHeader = "X-Slack-Retry-Reason";
}
