namespace BriefBot.Core.Knowledge.Model;

/// <summary>Another actor and how many events (or, failing those, sentences) the two share.</summary>
public sealed record RelatedActor(string ActorId, int SharedEvents, int SharedSentences);
