namespace BriefBot.Slack.WebApi;

/// <summary>
/// A Web API call Slack refused (<c>ok:false</c>) or that kept failing. <see cref="Error"/> is Slack's error name
/// (<c>channel_not_found</c>, <c>not_in_channel</c>, <c>invalid_auth</c>…, shared/protocols/slack.md §3.6) so callers
/// branch on it; <see cref="Details"/> holds <c>response_metadata.messages</c>.
/// </summary>
public sealed class SlackApiException : Exception
{
    private static readonly string[] DeadToken = ["not_authed", "invalid_auth", "account_inactive", "token_revoked", "token_expired"];

    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlackApiException(string method, string error, int? status, IReadOnlyList<string>? details = null)
        : base($"Slack refused {method}: {error}{(details is { Count: > 0 } ? " (" + string.Join("; ", details) + ")" : "")}")
    {
        Method = method;
        Error = error;
        Status = status;
        Details = details ?? [];
    }

    public string? Method { get; }

    /// <summary>Slack's machine-readable error name, or "http_NNN" when the answer had none.</summary>
    public string? Error { get; }

    public int? Status { get; }

    public IReadOnlyList<string> Details { get; } = [];

    /// <summary>The token is missing, wrong or dead: retrying cannot help; an operator must act.</summary>
    public bool IsTokenProblem => Error is not null && DeadToken.Contains(Error, StringComparer.Ordinal);
}
