namespace BriefBot.Core.Digests;

/// <summary>A channel's digest subscription, as kept in bot state.</summary>
public sealed class Subscription
{
    /// <summary>"{platform}:{channel}": one subscription per channel.</summary>
    public string Id { get; set; } = "";

    public string Platform { get; set; } = "outbox";

    public string Channel { get; set; } = "";

    public string Schedule { get; set; } = "";

    public IList<string> ActorIds { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    /// <summary>Set when delivery failed for good (channel gone, bot removed); cleared by subscribing again.</summary>
    public string? PausedReason { get; set; }

    public bool FromConfiguration { get; set; }

    /// <summary>The schedule and actors configuration last gave this channel; chat edits stand until they change.</summary>
    public string? ConfiguredAs { get; set; }

    /// <summary>Whether the channel has been told about the pause (once, on its next command).</summary>
    public bool PauseAnnounced { get; set; }

    public static string IdFor(string platform, string channel) => $"{platform.ToLowerInvariant()}:{channel}";
}
