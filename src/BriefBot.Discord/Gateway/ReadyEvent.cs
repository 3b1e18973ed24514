namespace BriefBot.Discord.Gateway;

/// <summary>The fields of READY (§5.5) that a resume needs.</summary>
internal sealed record ReadyEvent
{
    public string? SessionId { get; init; }

    public string? ResumeGatewayUrl { get; init; }
}
