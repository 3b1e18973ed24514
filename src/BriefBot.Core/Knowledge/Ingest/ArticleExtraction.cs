using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// Everything read from one article on its own. Cached by content hash, so a rebuild re-reads only changed
/// articles; resolving names across articles happens afterwards in <see cref="Build.KnowledgeBuilder"/>.
/// </summary>
public sealed record ArticleExtraction
{
    public required Article Article { get; init; }

    public IReadOnlyList<SentenceRecord> Sentences { get; init; } = [];
}
