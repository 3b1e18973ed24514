using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Replies;

/// <summary>Numbers citations in order of first use; one number per article paragraph.</summary>
public sealed class SourceBook(Func<string, Article?> articles)
{
    private readonly Dictionary<(string, int), ReplySource> _sources = [];

    public IReadOnlyList<ReplySource> Sources => [.. _sources.Values.OrderBy(s => s.Number)];

    public CitationSpan Cite(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var key = (citation.ArticleId, citation.Paragraph);
        if (!_sources.TryGetValue(key, out var source))
        {
            var article = articles(citation.ArticleId);
            source = new ReplySource
            {
                Number = _sources.Count + 1,
                ArticleTitle = article?.Title ?? citation.ArticleId,
                Url = article?.Url,
                Paragraph = citation.Paragraph > 0 ? citation.Paragraph : null,
                Publisher = article?.Source,
            };
            _sources[key] = source;
        }

        return new CitationSpan(source.Number);
    }
}
