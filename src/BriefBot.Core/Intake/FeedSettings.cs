namespace BriefBot.Core.Intake;

/// <summary>A feed as written in configuration (<c>Shelf:Feeds:0:…</c>).</summary>
public sealed class FeedSettings
{
    public string Url { get; set; } = "";

    /// <summary>Poll interval as 30m, 2h or 1d; empty takes <see cref="ShelfOptions.DefaultEvery"/>.</summary>
    public string? Every { get; set; }

    public string? Name { get; set; }
}
