namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// How each word is written across one document's ordinary (not all-caps) lines, away from line starts:
/// "LEICESTERSHIRE" in a headline reads as the "Leicestershire" of the body.
/// </summary>
public sealed class NameDocument
{
    private readonly Dictionary<string, (int Capitalised, int Lower)> _cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);

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

            MarkPlaces(words);
            CountCases(words, _cases);
        }
    }

    /// <summary>Counts, per lower-case word, its capitalised and lower-case uses away from the line start.</summary>
    internal static void CountCases(IReadOnlyList<string> words, Dictionary<string, (int Capitalised, int Lower)> counts)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length == 0 || !char.IsLetter(w[0]))
            {
                continue;
            }

            var key = w.ToLowerInvariant();
            var (cap, low) = counts.GetValueOrDefault(key);
            counts[key] = char.IsUpper(w[0]) ? (cap + 1, low) : (cap, low + 1);
        }
    }

    /// <summary>For a document given as lines of text (the CoNLL form, or an article's sentences).</summary>
    public static NameDocument FromText(IEnumerable<string> lines) =>
        new(lines.Select(l => (IReadOnlyList<string>)[.. NameTokenizer.Tokenize(l).Select(t => t.Text)]));

    /// <summary>Where the word stands in runs of capitalised words elsewhere: 1 last ("Phil Simmons"), 2 first, 3 both, 0 neither.</summary>
    public int PlaceOf(string lower) => _places.GetValueOrDefault(lower);

    private void MarkPlaces(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!IsName(words[i]) || !IsName(words[i + 1]) || (i > 0 && IsName(words[i - 1])))
            {
                continue;
            }

            var end = i + 1;
            while (end + 1 < words.Count && IsName(words[end + 1]))
            {
                end++;
            }

            var first = words[i].ToLowerInvariant();
            var last = words[end].ToLowerInvariant();
            _places[first] = _places.GetValueOrDefault(first) | 2;
            _places[last] = _places.GetValueOrDefault(last) | 1;
        }
    }

    private static bool IsName(string w) => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower);

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
