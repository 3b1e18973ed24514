using BriefBot.Core.Knowledge.Store;

namespace BriefBot.Core.Commands;

/// <summary>
/// Names for usage examples taken from the shelf itself (its most-mentioned actors), so a hint is right on any
/// shelf instead of naming actors of one article set in code.
/// </summary>
public static class ShelfExamples
{
    public static IReadOnlyList<string> TopActorNames(KnowledgeStore store, int count)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Read(reader => reader.Index.Entries
            .OrderByDescending(e => e.MentionCount)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(e => e.Name)
            .ToList());
    }
}
