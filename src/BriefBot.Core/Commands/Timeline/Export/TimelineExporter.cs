using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;

namespace BriefBot.Core.Commands.Timeline.Export;

/// <summary>Collects a period's events (those dated inside it at any precision, and coarser ones overlapping it) for export.</summary>
public static class TimelineExporter
{
    public static TimelineExport Collect(KnowledgeReader reader, Period period, ActorIndexEntry? actor, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(period);
        var articles = new Dictionary<string, Article?>(StringComparer.Ordinal);
        Article? ArticleOf(string id) => articles.TryGetValue(id, out var a) ? a : articles[id] = reader.GetArticle(id);
        var events = reader.EventsOverlapping(period.Start, period.End, actor?.Id)
            .Select(e => new ExportedEvent
            {
                Id = e.Id,
                Date = e.Date,
                IsInferred = e.IsInferred,
                Summary = e.Summary,
                Actors = [.. e.ActorIds.Concat(e.PlaceIds).Distinct(StringComparer.Ordinal).Select(id => reader.Index[id]?.Name ?? id)],
                Sources = [.. e.Mentions.Select(m =>
                {
                    var article = ArticleOf(m.Citation.ArticleId);
                    return new ExportedSource(m.Citation.ArticleId, article?.Title ?? m.Citation.ArticleId, m.Citation.Paragraph, m.Citation.Quote, article?.Url, m.Publisher ?? article?.Source);
                })],
                Corroboration = e.PublisherCount,
            })
            .ToList();
        return new TimelineExport { Period = period.Label, Actor = actor?.Name, GeneratedAt = generatedAt, Events = events };
    }
}
