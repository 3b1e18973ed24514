namespace BriefBot.Core.Digests;

/// <summary>When the bot first learned of an event, and when more sources backed it.</summary>
public sealed class SeenEvent
{
    public string Id { get; set; } = "";

    public DateTime FirstSeenUtc { get; set; }

    public int Sources { get; set; }

    public DateTime? CorroboratedUtc { get; set; }

    public int SourcesBefore { get; set; }
}
