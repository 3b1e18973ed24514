using BriefBot.Core.Knowledge.Ingest.World;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// The world gazetteer's names as lower-case token sequences, for the tagger's gazetteer features:
/// the longest phrase starting at each token marks its tokens with its categories and their place in it.
/// </summary>
internal sealed class NamePhraseList
{
    private const int MaxWords = 6;
    private readonly Dictionary<string, PhraseCategory> _phrases = new(StringComparer.Ordinal);

    /// <summary>The first words of every phrase of more words: where a longer match can no longer start, the scan stops.</summary>
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    private static readonly Lazy<NamePhraseList> World = new(() => FromWorld(WorldGazetteer.Default));

    public static NamePhraseList Default => World.Value;

    public static NamePhraseList FromWorld(WorldGazetteer world)
    {
        var list = new NamePhraseList();
        foreach (var s in world.States)
        {
            foreach (var name in s.Aliases.Prepend(s.Official).Prepend(s.Name))
            {
                list.Add(name, PhraseCategory.State);
            }

            foreach (var a in s.Acronyms)
            {
                list.Add(a, PhraseCategory.Acronym);
            }

            foreach (var d in s.Demonyms)
            {
                list.Add(d, PhraseCategory.Demonym);
                list.Add(d + "s", PhraseCategory.Demonym);
            }

            foreach (var c in s.Capitals)
            {
                list.Add(c, PhraseCategory.Capital);
            }
        }

        foreach (var p in world.Places)
        {
            list.Add(p.Name, p.IsTerritory ? PhraseCategory.Territory : PhraseCategory.City);
        }

        foreach (var name in world.GivenNames)
        {
            list.Add(name, PhraseCategory.GivenName);
        }

        return list;
    }

    /// <summary>Per token: the categories of the phrase covering it (0 when none) and the token's place (B, I, L, U).</summary>
    public void Match(IReadOnlyList<string> lowerWords, PhraseCategory[] categories, char[] positions)
    {
        Array.Clear(categories, 0, lowerWords.Count);

        // Phrases are looked up as spans of one buffer: no string is made for each of a token's six word spans.
        var phrases = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[128];
        var i = 0;
        while (i < lowerWords.Count)
        {
            var found = 0;
            var category = PhraseCategory.None;
            var length = 0;
            for (var n = 1; n <= MaxWords && i + n <= lowerWords.Count; n++)
            {
                var word = lowerWords[i + n - 1];
                if (length + word.Length + 1 > buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + word.Length + 1));
                }

                if (n > 1)
                {
                    buffer[length++] = ' ';
                }

                word.CopyTo(buffer.AsSpan(length));
                length += word.Length;
                var key = buffer.AsSpan(0, length);
                if (phrases.TryGetValue(key, out var c))
                {
                    found = n;
                    category = c;
                }

                if (!prefixes.Contains(key))
                {
                    break;
                }
            }

            if (found == 0)
            {
                i++;
                continue;
            }

            for (var k = 0; k < found; k++)
            {
                categories[i + k] = category;
                positions[i + k] = found == 1 ? 'U' : k == 0 ? 'B' : k == found - 1 ? 'L' : 'I';
            }

            i += found;
        }
    }

    private void Add(string name, PhraseCategory category)
    {
        foreach (var form in new[] { name, TextFolding.Fold(name) }.Distinct(StringComparer.Ordinal))
        {
            var words = NameTokenizer.Tokenize(form);
            if (words.Count is 0 or > MaxWords)
            {
                continue;
            }

            var lower = words.Select(w => w.Text.ToLowerInvariant()).ToList();
            var key = string.Join(' ', lower);
            _phrases[key] = _phrases.GetValueOrDefault(key) | category;
            for (var n = 1; n < lower.Count; n++)
            {
                _prefixes.Add(string.Join(' ', lower.Take(n)));
            }
        }
    }
}
