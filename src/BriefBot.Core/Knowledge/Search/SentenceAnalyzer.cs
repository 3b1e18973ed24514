using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace BriefBot.Core.Knowledge.Search;

/// <summary>
/// English text for BM25: standard tokens, possessives and diacritics folded away, stop words (Lucene's English
/// list plus the words questions are made of) dropped, Porter stems. The same analyzer reads sentences and questions.
/// </summary>
internal sealed class SentenceAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Question words carry no topic: "what did Iran say about the strike?" is about Iran and the strike.
    private static readonly string[] QuestionWords =
    [
        "what", "who", "whom", "whose", "which", "why", "how", "when", "where", "did", "does", "do", "done", "has", "have",
        "had", "were", "been", "being", "say", "said", "says", "tell", "told", "about", "any", "anything", "happen",
        "happened", "me", "i", "we", "you", "he", "she", "his", "her", "its", "our", "from", "over", "after", "before",
        "between", "during", "than", "so", "can", "could", "would", "should", "may", "might", "there", "here", "up",
        "must", "under", "also", "only", "more", "most", "much", "many", "some", "very", "just", "each", "other", "out",
        "off", "per", "via", "because", "while", "whether", "according", "much", "am", "being", "us", "them", "him",
    ];

    public static CharArraySet StopWords { get; } = Build();

    /// <summary>The analyzed terms of <paramref name="text"/>, in order, duplicates kept.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(SentenceFields.Text, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new EnglishPossessiveFilter(Version, source);
        result = new LowerCaseFilter(Version, result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(Version, result, StopWords);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    private static CharArraySet Build()
    {
        var set = new CharArraySet(Version, StandardAnalyzer.STOP_WORDS_SET.Count + QuestionWords.Length, ignoreCase: true);
        set.UnionWith(StandardAnalyzer.STOP_WORDS_SET);
        set.UnionWith(QuestionWords);
        return set.AsReadOnly();
    }
}
