namespace BriefBot.Core.Intake;

/// <summary>What one polite fetch brought back (after redirects), or why it did not.</summary>
public sealed record FetchResult
{
    public required FetchStatus Status { get; init; }

    public byte[] Body { get; init; } = [];

    /// <summary>Media type without parameters, lower case ("text/html"); empty when the server sent none.</summary>
    public string ContentType { get; init; } = "";

    public string? Charset { get; init; }

    /// <summary>The address the body came from, after redirects.</summary>
    public Uri? FinalUrl { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>For anything but <see cref="FetchStatus.Ok"/>: a sentence for the user and the logs.</summary>
    public string Message { get; init; } = "";

    public bool IsPdf => ContentType == "application/pdf" || (Body.Length > 4 && Body[0] == '%' && Body[1] == 'P' && Body[2] == 'D' && Body[3] == 'F');

    public static FetchResult Failed(string message) => new() { Status = FetchStatus.Failed, Message = message };

    public static FetchResult Refused(string message) => new() { Status = FetchStatus.Refused, Message = message };
}
