using BriefBot.Core.Knowledge.Store;

namespace BriefBot.Core.Commands.Who;

/// <summary>The outcome of looking a name up: one actor, several candidates, or none (with the closest names).</summary>
public sealed record ActorMatch(ActorIndexEntry? Actor, IReadOnlyList<ActorIndexEntry> Candidates, IReadOnlyList<ActorIndexEntry> Suggestions, bool IsFuzzy)
{
    public bool IsAmbiguous => Actor is null && Candidates.Count > 1;
}
