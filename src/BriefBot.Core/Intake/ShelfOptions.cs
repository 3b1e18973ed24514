namespace BriefBot.Core.Intake;

/// <summary>Filling the shelf from feeds, links and PDFs: which feeds, which private hosts may be fetched, and the fetch limits.</summary>
public sealed class ShelfOptions
{
    public const string SectionName = "Shelf";

    /// <summary>Feeds declared in configuration (<c>Shelf__Feeds__0__Url</c>); kept in bot state once added.</summary>
    public IList<FeedSettings> Feeds { get; set; } = [];

    /// <summary>Host names (or IP literals) that may be fetched although they resolve to loopback, private or link-local addresses.</summary>
    public IList<string> AllowedHosts { get; set; } = [];

    /// <summary>How often a feed is polled when it says nothing else, as 30m, 2h or 1d.</summary>
    public string DefaultEvery { get; set; } = "1h";

    /// <summary>Newest items taken from a feed the first time it is read; older ones are noted as back catalogue and never imported.</summary>
    public int FirstImportLimit { get; set; } = 20;

    /// <summary>Largest body read from any address; a larger one is refused.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>One request, from connect to the last byte.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Least time between two requests to the same host (requests to a host also run one at a time).</summary>
    public TimeSpan PerHostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First wait after a failure; doubled on each further failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(12);

    public string UserAgent { get; set; } = "BriefBot/1.0 (+https://github.com/briefbot; shelf intake)";
}
