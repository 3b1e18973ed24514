namespace BriefBot.Core.Intake;

public enum FetchStatus
{
    Ok,

    /// <summary>304: nothing changed since the ETag or Last-Modified sent.</summary>
    NotModified,

    /// <summary>The server asked to wait (429/503 with Retry-After), or the host is still in its wait.</summary>
    RetryLater,

    /// <summary>The SSRF guard or a check on what came back refused it; retrying will not help.</summary>
    Refused,

    /// <summary>Network error, timeout, 4xx/5xx: worth trying again later, with backoff.</summary>
    Failed,
}
