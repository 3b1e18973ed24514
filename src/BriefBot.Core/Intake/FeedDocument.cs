namespace BriefBot.Core.Intake;

/// <summary>A parsed feed: its title (the publisher, when items do not say) and its entries, newest first where dated.</summary>
internal sealed record FeedDocument(string? Title, string? Language, IReadOnlyList<FeedEntry> Entries);
