namespace BriefBot.Core.Intake;

/// <summary>A feed the shelf follows, with what polite polling needs to remember between runs and restarts.</summary>
public sealed class ShelfSource
{
    /// <summary>Short stable id derived from the address, used by <c>/shelf remove ID</c>.</summary>
    public string Id { get; set; } = "";

    public string Url { get; set; } = "";

    public string? Name { get; set; }

    public int EveryMinutes { get; set; } = 60;

    public bool FromConfiguration { get; set; }

    public DateTime AddedUtc { get; set; }

    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    /// <summary>Whether the first read (capped to the newest items) has happened.</summary>
    public bool Imported { get; set; }

    public DateTime? LastSuccessUtc { get; set; }

    public DateTime? LastErrorUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>Start of the current run of failures; null while the feed works.</summary>
    public DateTime? FailingSinceUtc { get; set; }

    public int Failures { get; set; }

    /// <summary>No poll before this time: the interval, a backoff after errors, or the server's Retry-After.</summary>
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>Articles this feed put on the shelf.</summary>
    public int Items { get; set; }

    public static string IdFor(string url) => "f" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(url)))[..6];
}
