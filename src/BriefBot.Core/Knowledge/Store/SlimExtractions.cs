using System.Collections.Concurrent;
using BriefBot.Core.Knowledge.Ingest;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// What a build keeps of each extraction once its own records are written: resolution and the sentence index read
/// sentences, never paragraphs, so the article's paragraph text is dropped; and the names, titles, roles and dates
/// that thousands of articles repeat are kept once each. Thread-safe: the scan's workers share one.
/// </summary>
internal sealed class SlimExtractions
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>A copy of <paramref name="extraction"/> to resolve from; its lists are arrays, one object each.</summary>
    public ArticleExtraction Keep(ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var article = extraction.Article;
        return extraction with
        {
            Article = article with { Paragraphs = [], Authors = article.Authors.Select(Shared).ToArray(), Source = SharedOrNull(article.Source) },
            Sentences = extraction.Sentences.Select(s => s with
            {
                Mentions = s.Mentions.Select(m => m with
                {
                    Surface = Shared(m.Surface),
                    Folded = Shared(m.Folded),
                    GazetteerId = SharedOrNull(m.GazetteerId),
                    Title = SharedOrNull(m.Title),
                    Qualifier = SharedOrNull(m.Qualifier),
                    OfActorId = SharedOrNull(m.OfActorId),
                    RolePhrases = m.RolePhrases.Count == 0 ? [] : m.RolePhrases.Select(Shared).ToArray(),
                }).ToArray(),
                Dates = s.Dates.Select(d => d with { Text = Shared(d.Text), Type = Shared(d.Type), Value = Shared(d.Value) }).ToArray(),
            }).ToArray(),
        };
    }

    private string Shared(string value) => _strings.GetOrAdd(value, value);

    private string? SharedOrNull(string? value) => value is null ? null : Shared(value);
}
