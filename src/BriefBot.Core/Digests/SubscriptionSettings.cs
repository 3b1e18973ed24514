namespace BriefBot.Core.Digests;

/// <summary>A subscription as written in configuration (<c>Digests:Subscriptions:0:…</c>).</summary>
public sealed class SubscriptionSettings
{
    public string Name { get; set; } = "default";

    /// <summary>outbox, discord or slack.</summary>
    public string Platform { get; set; } = "outbox";

    public string Channel { get; set; } = "default";

    public string Schedule { get; set; } = "monday 09:00 UTC";

    public IList<string> Actors { get; set; } = [];
}
