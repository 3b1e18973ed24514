namespace BriefBot.Slack.Interactivity;

/// <summary>The <c>user</c>, <c>team</c> and <c>channel</c> objects of an interaction payload; BriefBot reads only the id.</summary>
internal sealed record EntityRef
{
    public string? Id { get; init; }
}
