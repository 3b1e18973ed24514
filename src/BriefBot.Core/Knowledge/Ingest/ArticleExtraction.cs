using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// Everything read from one article on its own. Cached by content hash, so a rebuild re-reads only changed
/// articles; resolving names across articles happens afterwards in <see cref="Build.KnowledgeBuilder"/>.
/// </summary>
public sealed record ArticleExtraction
{
    /// <summary>Bumped whenever extraction rules change, so cached extractions are not reused across versions.</summary>
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;

    public required Article Article { get; init; }

    public IReadOnlyList<SentenceRecord> Sentences { get; init; } = [];
}
