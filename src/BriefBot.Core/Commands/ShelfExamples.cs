using BriefBot.Core.Commands.Timeline;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;

namespace BriefBot.Core.Commands;

/// <summary>
/// Usage examples taken from the shelf itself (its most-mentioned actors, its busiest periods), so a hint is
/// right on any shelf instead of naming actors of one article set in code. Every platform's "Try" list comes
/// from here, through the commands' <see cref="ICommandHandler.Examples"/>.
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

    /// <summary>
    /// The arguments of <c>/timeline</c> examples: the busiest month, the busiest year, and the busiest month with
    /// the actor in most of its events, so each example has something to list. Empty for an empty shelf.
    /// </summary>
    public static IReadOnlyList<string> TimelineArguments(KnowledgeStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Read(reader =>
        {
            var counts = PeriodSuggestions.Counts(reader.EventDates());
            var month = Busiest(counts, DatePrecision.Month);
            var year = Busiest(counts, DatePrecision.Year);
            var examples = new List<string>();
            if (month is not null)
            {
                examples.Add(month.Value);
            }

            if (year is not null)
            {
                examples.Add(year.Value);
            }

            if (WithActor(reader, month ?? year) is { } withActor)
            {
                examples.Add(withActor);
            }

            return examples;
        });
    }

    /// <summary>The busiest month (else year) and the actor in most of its events: "2026-03 NAME"; null when none.</summary>
    public static string? TimelineWithActor(KnowledgeStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Read(reader =>
        {
            var counts = PeriodSuggestions.Counts(reader.EventDates());
            return WithActor(reader, Busiest(counts, DatePrecision.Month) ?? Busiest(counts, DatePrecision.Year));
        });
    }

    private static string? WithActor(KnowledgeReader reader, PeriodSuggestions.Entry? period) =>
        period is not null && BusiestActor(reader, period.Date) is { } actor ? period.Value + " " + actor : null;

    private static PeriodSuggestions.Entry? Busiest(IReadOnlyList<PeriodSuggestions.Entry> counts, DatePrecision precision) => counts
        .Where(e => e.Date.Precision == precision)
        .OrderByDescending(e => e.Count)
        .ThenByDescending(e => e.Date.Start)
        .FirstOrDefault();

    private static string? BusiestActor(KnowledgeReader reader, PartialDate period) => reader.EventsOverlapping(period.Start, period.End)
        .Where(e => period.Contains(e.Date))
        .SelectMany(e => e.ActorIds.Distinct(StringComparer.Ordinal))
        .GroupBy(id => id, StringComparer.Ordinal)
        .Select(g => (Entry: reader.Index[g.Key], Count: g.Count()))
        .Where(x => x.Entry is not null)
        .OrderByDescending(x => x.Count)
        .ThenByDescending(x => x.Entry!.MentionCount)
        .ThenBy(x => x.Entry!.Name, StringComparer.Ordinal)
        .Select(x => x.Entry!.Name)
        .FirstOrDefault();
}
