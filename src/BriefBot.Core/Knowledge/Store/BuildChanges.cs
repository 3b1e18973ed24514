namespace BriefBot.Core.Knowledge.Store;

/// <summary>What one build changed against the base before it (see <see cref="BuildStamp"/>).</summary>
public sealed record BuildChanges(IReadOnlyList<string> ChangedArticles, IReadOnlyList<string> RemovedArticles, IReadOnlyList<EventSources> Events);
