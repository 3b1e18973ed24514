using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Search;

/// <summary>
/// What a question asks for: its words (analyzed by the index), the actors it names (any of them),
/// and the periods its sentences' dates must overlap (none: any date).
/// </summary>
public sealed record SentenceQuery
{
    public string Words { get; init; } = "";

    public IReadOnlyList<string> ActorIds { get; init; } = [];

    /// <summary>The words that named those actors: a sentence using them counts as about the actor too.</summary>
    public string NameWords { get; init; } = "";

    public IReadOnlyList<PartialDate> Periods { get; init; } = [];
}
