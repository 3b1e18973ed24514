using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// Everything read from one article on its own. Cached by content hash, so a rebuild re-reads only changed
/// articles; resolving names across articles happens afterwards in <see cref="Build.KnowledgeBuilder"/>.
/// </summary>
public sealed record ArticleExtraction
{
    /// <summary>
    /// The build of the extraction code (the Core assembly's module id, stable for identical source under
    /// deterministic builds), so a cache written by other rules is never reused.
    /// </summary>
    public static string CurrentVersion { get; } = typeof(ArticleExtraction).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public string Version { get; init; } = CurrentVersion;

    public required Article Article { get; init; }

    public IReadOnlyList<SentenceRecord> Sentences { get; init; } = [];
}
