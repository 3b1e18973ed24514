using BriefBot.Core.Knowledge.Ingest.Dates;
using BriefBot.Core.Knowledge.Ingest.Names;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>Splits an article into sentences and finds the names and dates in each.</summary>
public sealed class ArticleExtractor(MentionFinder mentionFinder)
{
    private const string ParagraphBreak = "\n\n";

    public ArticleExtraction Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);

        // Dates are read over the whole body at once: "the following day" needs the date told a paragraph earlier.
        var body = string.Join(ParagraphBreak, article.Paragraphs.Select(p => p.Text));
        var dates = DateExpressionParser.Parse(body, article.Published);

        // The tagger reads headlines in capitals better knowing how the article writes each word elsewhere.
        var document = NameDocument.FromText(article.Paragraphs.Select(p => p.Text));
        var sentences = new List<SentenceRecord>();
        var offset = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var range in SentenceSplitter.Split(paragraph.Text))
            {
                var text = paragraph.Text[range.Start..range.End];
                var absoluteStart = offset + range.Start;
                var absoluteEnd = offset + range.End;
                sentences.Add(new SentenceRecord
                {
                    Paragraph = paragraph.Number,
                    Index = sentences.Count,
                    Text = text,
                    Mentions = mentionFinder.Find(text, article.Published, document),
                    Dates = [.. dates
                        .Where(d => d.Start >= absoluteStart && d.Start < absoluteEnd)
                        .Select(d => d with { Start = d.Start - absoluteStart, End = Math.Min(d.End, absoluteEnd) - absoluteStart })],
                });
            }

            offset += paragraph.Text.Length + ParagraphBreak.Length;
        }

        return new ArticleExtraction { Article = article, Sentences = sentences };
    }
}
