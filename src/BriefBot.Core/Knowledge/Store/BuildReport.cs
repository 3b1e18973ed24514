using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>What a build did and found, for the <c>build</c> verb and the logs.</summary>
public sealed record BuildReport
{
    public bool WasUpToDate { get; init; }

    public int Articles { get; init; }

    public int ArticlesRead { get; init; }

    public int ArticlesReused { get; init; }

    public int Actors { get; init; }

    public int DiscoveredActors { get; init; }

    public int Events { get; init; }

    public int EventsWithSeveralSources { get; init; }

    public IReadOnlyList<AmbiguousName> AmbiguousNames { get; init; } = [];

    /// <summary>Mentions the build attributed to no actor (known only when it read the shelf).</summary>
    public int UnresolvedMentions { get; init; }

    public IReadOnlyList<ArticleProblem> Problems { get; init; } = [];

    public TimeSpan Elapsed { get; init; }

    /// <summary>Where the time went (scan, cached extractions, resolution, writing), so a slow build says which step grew.</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Phases { get; init; } = [];
}
