using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// The shelf-level surname pass: a lone capitalised word the tagger left untagged ("Marxley refused to comment",
/// sentence-initial in a one-line story) is the person whose surname it is, when the article introduced that
/// person, or else when the shelf knows exactly one person with that surname. Two people sharing it leave the
/// word unresolved (the ambiguity picker answers), and a word the shelf also writes in lower case is an ordinary
/// word ("Brown", "Young" at a sentence's start), never a surname.
/// </summary>
internal sealed class UntaggedSurnames
{
    private readonly HashSet<string> _lowerCaseWords = new(StringComparer.Ordinal);

    public UntaggedSurnames(IEnumerable<ArticleExtraction> extractions)
    {
        foreach (var token in extractions.SelectMany(e => e.Sentences).SelectMany(s => Tokenizer.Tokenize(s.Text)))
        {
            if (token.IsWord && char.IsLower(token.Text[0]))
            {
                _lowerCaseWords.Add(MentionFinder.Key(token.Text));
            }
        }
    }

    /// <summary>A word the shelf writes in lower case somewhere: capitalised only by its place in the sentence.</summary>
    public bool IsOrdinaryWord(string surface) => _lowerCaseWords.Contains(MentionFinder.Key(surface));

    public IEnumerable<(RawMention Mention, string Id)> Find(
        SentenceRecord sentence,
        IReadOnlyList<(RawMention Mention, string Id)> resolved,
        ArticleMemory memory,
        ActorRegistry registry,
        Dictionary<string, List<string>> surnames)
    {
        var tokens = Tokenizer.Tokenize(sentence.Text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsCapitalised || token.IsAllCaps || Covered(sentence, resolved, token)
                || (i > 0 && tokens[i - 1].IsCapitalised && !tokens[i - 1].Text.EndsWith('.')) || (i + 1 < tokens.Count && tokens[i + 1].IsCapitalised))
            {
                // Part of a longer capitalised run: an untagged name of its own ("Marxley Securities"), not a surname.
                continue;
            }

            var surface = token.IsPossessive ? token.Text[..^2] : token.Text;
            var key = NameForms.Key(surface);
            if (key.Length < 3 || key.Contains(' ', StringComparison.Ordinal) || NameLexiconAccess.IsStopword(key) || IsOrdinaryWord(surface))
            {
                continue;
            }

            if (registry.FindByKey(key) is { } known && registry[known].Kind != ActorKind.Person)
            {
                continue;
            }

            var id = memory.BySurname.GetValueOrDefault(key)
                ?? (surnames.TryGetValue(key, out var people) && people.Count == 1 ? people[0] : null);
            if (id is null)
            {
                continue;
            }

            yield return (new RawMention
            {
                Start = token.Start,
                End = token.Start + surface.Length,
                Surface = surface,
                Folded = MentionFinder.Key(surface),
                Kind = ActorKind.Person,
                Source = MentionSource.Discovered,
                IsSingleWord = true,
            }, id);
        }
    }

    private static bool Covered(SentenceRecord sentence, IReadOnlyList<(RawMention Mention, string Id)> resolved, Token token) =>
        sentence.Mentions.Any(m => m.Start < token.End && token.Start < m.End)
        || resolved.Any(r => r.Mention.Start < token.End && token.Start < r.Mention.End);
}
