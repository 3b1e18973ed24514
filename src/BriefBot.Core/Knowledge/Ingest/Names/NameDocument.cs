namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// How each word is written across one document's ordinary (not all-caps) lines, away from line starts:
/// "LEICESTERSHIRE" in a headline reads as the "Leicestershire" of the body.
/// </summary>
public sealed class NameDocument
{
    private readonly Dictionary<string, (int Capitalised, int Lower)> _cases = new(StringComparer.Ordinal);

    public static NameDocument Empty { get; } = new([]);

    public NameDocument(IEnumerable<IReadOnlyList<string>> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var words in lines)
        {
            if (WordShape.IsCapsLine(words))
            {
                continue;
            }

            for (var i = 1; i < words.Count; i++)
            {
                var w = words[i];
                if (w.Length == 0 || !char.IsLetter(w[0]))
                {
                    continue;
                }

                var key = w.ToLowerInvariant();
                var (cap, low) = _cases.GetValueOrDefault(key);
                _cases[key] = char.IsUpper(w[0]) ? (cap + 1, low) : (cap, low + 1);
            }
        }
    }

    /// <summary>For a document given as lines of text (the CoNLL form, or an article's sentences).</summary>
    public static NameDocument FromText(IEnumerable<string> lines) =>
        new(lines.Select(l => (IReadOnlyList<string>)[.. NameTokenizer.Tokenize(l).Select(t => t.Text)]));

    /// <summary>0 unseen, 1 always capitalised, 2 always lower case, 3 both.</summary>
    public int CaseOf(string lower)
    {
        if (!_cases.TryGetValue(lower, out var c))
        {
            return 0;
        }

        return c.Lower == 0 ? 1 : c.Capitalised == 0 ? 2 : 3;
    }
}
