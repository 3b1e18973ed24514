namespace BriefBot.Core.Intake;

/// <summary>Turns <c>Shelf:Feeds</c> from configuration into followed feeds (kept, with their history, once followed).</summary>
public static class ConfiguredFeeds
{
    public static void Apply(ShelfIntake intake, ShelfOptions options)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var feed in options.Feeds)
        {
            TimeSpan? every = IntervalText.TryParse(feed.Every, out var interval, out _) ? interval : null;
            intake.Follow(new Uri(feed.Url.Trim()), every, feed.Name, fromConfiguration: true);
        }
    }
}
