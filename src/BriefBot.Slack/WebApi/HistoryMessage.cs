namespace BriefBot.Slack.WebApi;

/// <summary>A message as conversations.history lists it: what BriefBot needs to recognise its own digests.</summary>
internal sealed record HistoryMessage
{
    public string? Ts { get; init; }

    public MessageMetadata? Metadata { get; init; }
}
